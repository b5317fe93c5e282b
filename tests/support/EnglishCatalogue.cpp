// Linked into every widget test: the program's English catalogue, which
// holds the plural forms ("1 question", "2 questions"), installed as
// main.cpp installs it, whatever language the machine running the tests
// speaks, so that the tests read the English the user would.
#include "ApplicationTranslation.h"

#include <QCoreApplication>

namespace {

ip::ApplicationTranslation* englishCatalogue = nullptr;

void removeEnglishCatalogue()
{
    delete englishCatalogue;
    englishCatalogue = nullptr;
}

void installEnglishCatalogue()
{
    englishCatalogue = new ip::ApplicationTranslation(QLocale(QLocale::English));
    qAddPostRoutine(removeEnglishCatalogue);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglishCatalogue)
