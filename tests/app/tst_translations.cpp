// The catalogues at work: with German installed the window reads German,
// every menu keeps one accelerator letter per item, plural forms are chosen
// by count in both languages, and a language with no catalogue of ours
// falls back to English (whose catalogue holds only the plural forms); the
// guide reader's diagnostics follow the language.
#include "ApplicationTranslation.h"
#include "MenuAccelerators.h"
#include "StudyContext.h"
#include "services/GuideLibrary.h"
#include "services/GuideParseWorker.h"
#include "ui/MainWindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace ip;

namespace {

QString guideFixture(const char* name)
{
    return QStringLiteral(IP_TEST_DATA_DIR "/guides/") + QLatin1String(name);
}

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QString questionCount(int n)
{
    return QCoreApplication::translate("ip::MainWindow", "%n question(s)", nullptr, n);
}

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void englishPluralsReadRight();
    void germanWindowReadsGerman();
    void germanPluralsReadRight();
    void aLanguageWithoutCatalogueFallsBackToEnglish();
    void qtsOwnCatalogueIsLoadedToo();
    void guideDiagnosticsFollowTheLanguage();

private:
    std::unique_ptr<QTemporaryDir> m_temp;
};

void TranslationsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewPrepTests"));
    QCoreApplication::setApplicationName(QStringLiteral("interview-prep-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void TranslationsTest::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_temp->path());
}

void TranslationsTest::englishPluralsReadRight()
{
    // The English catalogue every test installs (EnglishCatalogue.cpp), as
    // main.cpp does for an English desktop.
    QCOMPARE(questionCount(1), QStringLiteral("1 question"));
    QCOMPARE(questionCount(2), QStringLiteral("2 questions"));
    QCOMPARE(
        QCoreApplication::translate("ip::StoryListPane", "%1 of %n stories", nullptr, 1).arg(0),
        QStringLiteral("0 of 1 story"));
}

void TranslationsTest::germanWindowReadsGerman()
{
    const ApplicationTranslation german(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(german.language(), QStringLiteral("de"));
    StudyContext context(m_temp->path() + QStringLiteral("/data"), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList titles = menuTitles(window);
    QCOMPARE(titles, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                  QStringLiteral("&Ansicht"), QStringLiteral("&Frage"),
                                  QStringLiteral("&Geschichte"), QStringLiteral("&Training"),
                                  QStringLiteral("&Einstellungen"), QStringLiteral("&Hilfe")}));

    // Every item has a letter, none shared within its menu.
    QVERIFY(QFile::copy(guideFixture("typical.md"), m_temp->path() + QStringLiteral("/a.md")));
    QVERIFY(window.openGuide(m_temp->path() + QStringLiteral("/a.md")));
    const QStringList problems = ip::test::acceleratorProblems(window.menuBar());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TranslationsTest::germanPluralsReadRight()
{
    const ApplicationTranslation german(QLocale(QLocale::German));
    QCOMPARE(questionCount(1), QStringLiteral("1 Frage"));
    QCOMPARE(questionCount(2), QStringLiteral("2 Fragen"));
    QCOMPARE(
        QCoreApplication::translate("ip::StoryListPane", "%1 of %n stories", nullptr, 2).arg(1),
        QStringLiteral("1 von 2 Geschichten"));
}

void TranslationsTest::aLanguageWithoutCatalogueFallsBackToEnglish()
{
    const ApplicationTranslation notOurs(QLocale(QLocale::Swahili));
    QCOMPARE(notOurs.language(), QStringLiteral("en"));
    QCOMPARE(questionCount(1), QStringLiteral("1 question"));
    QCOMPARE(QCoreApplication::translate("ip::MainWindow", "&File"), QStringLiteral("&File"));
}

void TranslationsTest::qtsOwnCatalogueIsLoadedToo()
{
    const QString qtCatalogue =
        QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
    if (!QFile::exists(qtCatalogue))
        QSKIP("Qt's German catalogue is not installed (Debian: qt6-translations-l10n)");
    const ApplicationTranslation german(QLocale(QLocale::German));
    // The label Qt puts on a dialog's Cancel button.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

void TranslationsTest::guideDiagnosticsFollowTheLanguage()
{
    // Guides are read in a worker process (the real program): it must be
    // started in the window's language, and a snapshot read in another
    // language must not be taken for this one's.
    const QByteArray empty;
    const QString file = QStringLiteral("empty.md");
    QCOMPARE(GuideParseWorker::parse(empty, file).diagnostics.value(0).message,
             QStringLiteral("the file is empty"));
    const QString englishHash = GuideLibrary::contentHash(empty);
    {
        const ApplicationTranslation german(QLocale(QLocale::German));
        QCOMPARE(GuideParseWorker::language(), QStringLiteral("de"));
        QCOMPARE(GuideParseWorker::parse(empty, file).diagnostics.value(0).message,
                 QStringLiteral("die Datei ist leer"));
        QVERIFY(GuideLibrary::contentHash(empty) != englishHash);
    }
    // Back in English, the worker kept for German is not asked again.
    QCOMPARE(GuideParseWorker::parse(empty, file).diagnostics.value(0).message,
             QStringLiteral("the file is empty"));
    QCOMPARE(GuideLibrary::contentHash(empty), englishHash);

    // English has its catalogue in the worker too, for the plural forms.
    const QByteArray slipped("---\ntags:\n  - a\n - b\n---\n");
    const QString message = GuideParseWorker::parse(slipped, file).diagnostics.value(0).message;
    QVERIFY2(message.contains(QStringLiteral("by 1 space, but")) &&
                 message.contains(QStringLiteral("by 2 spaces")),
             qPrintable(message));
}

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
