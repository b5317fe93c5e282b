// Starting the app reuses the parsed snapshot of an unchanged guide, and
// never a stale one.
#include "services/GuideLibrary.h"
#include "storage/Database.h"
#include "storage/LibraryRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ip;

namespace {
const QByteArray Guide1 = "---\nterm: Cache Test\n---\n\n## Interview Questions and Answers\n\n"
                          "### Technical Questions\n\n#### Question 1: One?\n\n**Answer**: Yes.\n";
const QString Path = QStringLiteral("/guides/cache.md");
} // namespace

class GuideLibraryTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstOpenParsesAndRemembers();
    void unchangedGuideComesFromTheSnapshot();
    void changedGuideIsParsedAgain();
    void guideWithErrorsIsNotRemembered();
    void worksWithoutADatabase();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void GuideLibraryTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Database::open(m_dir->path());
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_database = std::move(opened.value());
}

void GuideLibraryTest::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void GuideLibraryTest::firstOpenParsesAndRemembers()
{
    LibraryRepository library(*m_database);
    const Guide guide = GuideLibrary(&library).open(Guide1, Path);
    QCOMPARE(guide.title, QStringLiteral("Cache Test"));
    const auto entry = library.find(QStringLiteral("cache-test"));
    QVERIFY(entry.ok() && entry.value().has_value());
    QCOMPARE(entry.value()->filePath, Path);
    QCOMPARE(entry.value()->contentHash, GuideLibrary::contentHash(Guide1));
    QVERIFY(entry.value()->importedAt.isValid());
}

void GuideLibraryTest::unchangedGuideComesFromTheSnapshot()
{
    LibraryRepository library(*m_database);
    (void)GuideLibrary(&library).open(Guide1, Path);
    // Mark the stored snapshot so a reuse is visible.
    LibraryEntry entry = *library.find(QStringLiteral("cache-test")).value();
    QJsonObject snapshot = QJsonDocument::fromJson(entry.snapshot).object();
    snapshot.insert(QStringLiteral("title"), QStringLiteral("From the snapshot"));
    entry.snapshot = QJsonDocument(snapshot).toJson();
    QVERIFY(library.save(entry).ok());

    const Guide again = GuideLibrary(&library).open(Guide1, Path);
    QCOMPARE(again.title, QStringLiteral("From the snapshot"));
    QCOMPARE(again.questions.size(), 1);
}

void GuideLibraryTest::changedGuideIsParsedAgain()
{
    LibraryRepository library(*m_database);
    (void)GuideLibrary(&library).open(Guide1, Path);
    QByteArray edited = Guide1;
    edited.replace("One?", "One, edited?");
    const Guide guide = GuideLibrary(&library).open(edited, Path);
    QCOMPARE(guide.questions.at(0).prompt, QStringLiteral("One, edited?"));
    QCOMPARE(library.find(QStringLiteral("cache-test")).value()->contentHash,
             GuideLibrary::contentHash(edited));
}

void GuideLibraryTest::guideWithErrorsIsNotRemembered()
{
    LibraryRepository library(*m_database);
    const Guide guide = GuideLibrary(&library).open("---\nterm: [broken\n---\n", Path);
    QVERIFY(guide.hasErrors());
    QCOMPARE(library.all().value().size(), 0);
}

void GuideLibraryTest::worksWithoutADatabase()
{
    const Guide guide = GuideLibrary(nullptr).open(Guide1, Path);
    QCOMPARE(guide.questions.size(), 1);
}

QTEST_GUILESS_MAIN(GuideLibraryTest)
#include "tst_guide_library.moc"
