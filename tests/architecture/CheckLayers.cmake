# The layering DESIGN.md asks for, checked on every test run:
#  - the app (windows and commands) reaches storage only through core/services:
#    no file in app/ includes a storage header or Qt SQL;
#  - core knows no widgets.
# Run as: cmake -DSOURCE_DIR=<repo> -P CheckLayers.cmake
set(violations "")

function(check_folder folder pattern rule)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
    foreach(file IN LISTS files)
        file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](${pattern})")
        foreach(line IN LISTS lines)
            file(RELATIVE_PATH relative "${SOURCE_DIR}" "${file}")
            list(APPEND violations "${relative}: ${line}  (${rule})")
        endforeach()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

check_folder(app "storage/|QSql|QtSql" "the app reaches storage only through core/services")
check_folder(core "QtWidgets|QWidget|QDialog|QMainWindow|QApplication[\">]|QMessageBox"
             "core knows no widgets")

if(violations)
    list(JOIN violations "\n" text)
    message(FATAL_ERROR "Layering broken:\n${text}")
endif()
message(STATUS "Layering holds: app/ includes no storage header, core/ no widget.")
