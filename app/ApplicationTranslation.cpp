#include "ApplicationTranslation.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace ip {

namespace {

const QString OwnCatalogue = QStringLiteral("interview-prep");
const QString OwnFolder = QStringLiteral(":/i18n");

} // namespace

ApplicationTranslation::ApplicationTranslation(const QLocale& locale)
{
    // QTranslator::load walks the locale's UI languages in order (so
    // LANGUAGE=de:en is honoured) and tries "de_DE" before "de".
    bool own = m_own.load(locale, OwnCatalogue, QStringLiteral("_"), OwnFolder);
    if (!own)
        own = m_own.load(OwnCatalogue + QStringLiteral("_en"), OwnFolder);
    if (own)
        m_ownInstalled = QCoreApplication::installTranslator(&m_own);

    // Qt's catalogue is optional (Debian: qt6-translations-l10n); without it
    // Qt's own buttons stay English and ours are still translated.
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
}

ApplicationTranslation::~ApplicationTranslation()
{
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    if (m_ownInstalled)
        QCoreApplication::removeTranslator(&m_own);
}

QString ApplicationTranslation::language() const
{
    return m_ownInstalled ? m_own.language().section(QLatin1Char('_'), 0, 0) : QString();
}

} // namespace ip
