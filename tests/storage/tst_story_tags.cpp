// Story tags as the candidate typed them, tidied the one documented way: each
// tag trimmed, empty ones dropped, a repeat dropped after its first
// occurrence (case counts), order kept. Saved and restored stories alike, read
// back from a real SQLite file, and a backup's story with 20,000 tags too.
#include "StorageTestSupport.h"
#include "storage/StoryRepository.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace ip;

class StoryTagsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void tagsAreTidiedInOrder_data();
    void tagsAreTidiedInOrder();
    void manyRestoredTagsKeepTheirOrder();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void StoryTagsTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto database = storagetest::openDatabase(m_dir->path());
    IP_VERIFY_OK(database);
    m_database = std::move(database).value();
}

void StoryTagsTest::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void StoryTagsTest::tagsAreTidiedInOrder_data()
{
    QTest::addColumn<bool>("restore");
    QTest::addColumn<QStringList>("given");
    QTest::addColumn<QStringList>("stored");

    const struct {
        const char* name;
        QStringList given;
        QStringList stored;
    } rows[] = {
        {"none", {}, {}},
        {"kept as typed",
         {u"ml"_s, u"cost"_s, u"leadership"_s},
         {u"ml"_s, u"cost"_s, u"leadership"_s}},
        {"trimmed", {u" ml "_s, u"\tcost\n"_s}, {u"ml"_s, u"cost"_s}},
        {"empty and blank dropped", {u""_s, u"ml"_s, u"   "_s, u"\t"_s}, {u"ml"_s}},
        {"repeat dropped, first place kept",
         {u"b"_s, u"a"_s, u"b"_s, u"c"_s, u"a"_s},
         {u"b"_s, u"a"_s, u"c"_s}},
        {"repeat found after trimming", {u"a "_s, u"b"_s, u" a"_s, u"a"_s}, {u"a"_s, u"b"_s}},
        {"case makes a different tag",
         {u"ML"_s, u"ml"_s, u"Ml"_s, u"ml"_s},
         {u"ML"_s, u"ml"_s, u"Ml"_s}},
        {"inner spaces are part of the tag",
         {u"a b"_s, u"a  b"_s, u"a b "_s},
         {u"a b"_s, u"a  b"_s}},
        {"non-Latin text", {u"データ"_s, u" データ"_s, u"données"_s}, {u"データ"_s, u"données"_s}},
    };
    for (const auto& row : rows) {
        QTest::addRow("save: %s", row.name) << false << row.given << row.stored;
        QTest::addRow("restore: %s", row.name) << true << row.given << row.stored;
    }
}

void StoryTagsTest::tagsAreTidiedInOrder()
{
    QFETCH(bool, restore);
    QFETCH(QStringList, given);
    QFETCH(QStringList, stored);

    StoryRepository stories(*m_database);
    StarStory story;
    story.title = QStringLiteral("Tagged");
    story.tags = given;
    const auto written = restore ? stories.restore(story) : stories.save(story);
    IP_VERIFY_OK(written);
    QCOMPARE(written->tags, stored);

    const auto found = stories.find(written->id);
    IP_VERIFY_OK(found);
    QVERIFY(found->has_value());
    QCOMPARE((*found)->tags, stored);
    QCOMPARE(
        storagetest::rawRows(m_database->filePath(),
                             QStringLiteral("SELECT tag FROM star_story_tag ORDER BY position")),
        stored);
}

// A backup may carry a story with any number of tags. Each distinct tag is
// kept once, in its first place. (How long this takes is bench_storage's
// business, not a test's: a time bound would fail on a loaded machine.)
void StoryTagsTest::manyRestoredTagsKeepTheirOrder()
{
    constexpr int Distinct = 20000;
    StarStory story;
    story.title = QStringLiteral("Many tags");
    QStringList expected;
    for (int i = 0; i < Distinct; ++i) {
        const QString tag = QStringLiteral("tag-%1").arg((i * 7919) % Distinct);
        story.tags << tag << QStringLiteral(" ") + tag;
        if (i % 3 == 0)
            story.tags << QStringLiteral("tag-0");
        expected << tag;
    }

    const auto restored = StoryRepository(*m_database).restore(story);
    IP_VERIFY_OK(restored);
    QCOMPARE(restored->tags, expected);
    const auto found = StoryRepository(*m_database).find(restored->id);
    IP_VERIFY_OK(found);
    QCOMPARE((*found)->tags, expected);
}

QTEST_GUILESS_MAIN(StoryTagsTest)
#include "tst_story_tags.moc"
