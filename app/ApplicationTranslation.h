#pragma once

#include <QLocale>
#include <QTranslator>

namespace ip {

// The catalogues that put the program in the user's language: ours, compiled
// in under :/i18n (app/translations), and Qt's own qtbase catalogue for the
// buttons and dialogs Qt draws. Installed on the application for as long as
// this object lives; made before the first string is (main.cpp, for the
// window and the command line alike).
//
// English is a catalogue too: it holds only the plural forms ("1 question",
// "2 questions"), so a language without a catalogue of its own falls back to
// it rather than showing "%n question(s)".
class ApplicationTranslation {
public:
    explicit ApplicationTranslation(const QLocale& locale = QLocale());
    ~ApplicationTranslation();
    ApplicationTranslation(const ApplicationTranslation&) = delete;
    ApplicationTranslation& operator=(const ApplicationTranslation&) = delete;

    // The catalogue of ours that was loaded ("de", "en"), empty if none.
    QString language() const;

private:
    QTranslator m_own;
    QTranslator m_qt;
    bool m_ownInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace ip
