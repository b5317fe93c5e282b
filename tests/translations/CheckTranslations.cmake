# The German catalogue is complete: lupdate reads the sources under app/ and core/
# into a copy of app/translations/interview-prep_de.ts (the same options as
# the update_translations target), and every message must have a German
# text. Fails, naming each string, on one that is new and untranslated
# ("unfinished"), translated as nothing, or in the catalogue but gone from
# the sources ("vanished": the catalogue was not brought up to date).
#   cmake -DSOURCE_DIR=... -DWORK_DIR=... -DLUPDATE=... -P CheckTranslations.cmake
cmake_minimum_required(VERSION 3.22)
if(NOT LUPDATE OR NOT EXISTS "${LUPDATE}")
    message("SKIPPED: lupdate is not installed (Debian: qt6-l10n-tools), so the "
            "German catalogue cannot be checked against the sources.")
    return()
endif()

set(catalogue "${SOURCE_DIR}/app/translations/interview-prep_de.ts")
set(copy "${WORK_DIR}/interview-prep_de.ts")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(COPY_FILE "${catalogue}" "${copy}")
execute_process(
    COMMAND "${LUPDATE}" -locations none -no-ui-lines app core -ts "${copy}"
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE status
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status}):\n${output}")
endif()

file(READ "${copy}" content)
set(problems "")
set(count 0)
set(context "")
while(TRUE)
    string(FIND "${content}" "</message>" end)
    if(end EQUAL -1)
        break()
    endif()
    string(SUBSTRING "${content}" 0 ${end} message)
    math(EXPR next "${end} + 10")
    string(SUBSTRING "${content}" ${next} -1 content)
    if(message MATCHES "<name>([^<]*)</name>")
        set(context "${CMAKE_MATCH_1}")
    endif()
    string(FIND "${message}" "<message" start REVERSE)
    string(SUBSTRING "${message}" ${start} -1 message)
    math(EXPR count "${count} + 1")
    set(source "?")
    if(message MATCHES "<source>([^<]*)</source>")
        set(source "${CMAKE_MATCH_1}")
    endif()
    set(why "")
    if(message MATCHES "type=\"unfinished\"")
        set(why "not translated")
    elseif(message MATCHES "type=\"(vanished|obsolete)\"")
        set(why "no longer in the sources")
    elseif(message MATCHES "<translation>[ \n]*</translation>|<translation/>|<numerusform>[ \n]*</numerusform>|<numerusform/>")
        set(why "translated as nothing")
    endif()
    if(why)
        string(APPEND problems "\n  ${context}: \"${source}\" (${why})")
    endif()
endwhile()

if(count EQUAL 0)
    message(FATAL_ERROR "No messages found in ${copy}")
endif()
if(problems)
    message(FATAL_ERROR
        "The German catalogue is not complete:${problems}\n"
        "Run `cmake --build build --target update_translations`, then translate the strings "
        "in app/translations/interview-prep_de.ts (Qt Linguist, or by hand).")
endif()
message(STATUS "All ${count} messages of the German catalogue are translated.")
