// Notes whose question left the guide (QuestionNotes::orphanedIn), on a real
// database file: a note of a question the guide still has is no orphan, a
// note of another guide never shows, a bookmark without text is kept but not
// listed, and a deleted orphan is gone for good while the others stay.
#include "VerifyOk.h"
#include "model/Guide.h"
#include "services/QuestionNotes.h"
#include "services/StudyData.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ip;

namespace {

Guide guideWith(const QString& key, const QStringList& questionKeys)
{
    Guide guide;
    guide.key = key;
    guide.title = key;
    int number = 0;
    for (const QString& questionKey : questionKeys) {
        Question question;
        question.key = questionKey;
        question.number = ++number;
        question.prompt = questionKey;
        guide.questions.append(question);
    }
    return guide;
}

QStringList keysOf(const QList<QuestionNote>& notes)
{
    QStringList keys;
    for (const QuestionNote& note : notes)
        keys << note.questionKey;
    return keys;
}

} // namespace

class OrphanedNotesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsOnlyNotesWhoseQuestionLeftTheGuide();
    void comesBackWithItsQuestion();
    void removeDeletesOnlyThatNote();
    void newestChangeComesFirst();

private:
    QuestionNotes& notes() { return m_data->notes(); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StudyData> m_data;
};

void OrphanedNotesTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = StudyData::open(m_dir->path());
    IP_VERIFY_OK(opened);
    m_data = std::move(opened).value();

    IP_VERIFY_OK(notes().saveMarkdown({QStringLiteral("ml"), QStringLiteral("kept")},
                                      QStringLiteral("Still asked")));
    IP_VERIFY_OK(notes().saveMarkdown({QStringLiteral("ml"), QStringLiteral("gone")},
                                      QStringLiteral("# Reworded\nsecond line")));
    IP_VERIFY_OK(notes().saveMarkdown({QStringLiteral("ml"), QStringLiteral("dropped")},
                                      QStringLiteral("Taken out")));
    // Another guide's note on a key this guide does not have either.
    IP_VERIFY_OK(notes().saveMarkdown({QStringLiteral("ai"), QStringLiteral("elsewhere")},
                                      QStringLiteral("Other guide")));
    // Only a bookmark: nothing to read, so not listed.
    IP_VERIFY_OK(notes().setBookmarked({QStringLiteral("ml"), QStringLiteral("marked")}, true));
}

void OrphanedNotesTest::cleanup()
{
    m_data.reset();
    m_dir.reset();
}

void OrphanedNotesTest::listsOnlyNotesWhoseQuestionLeftTheGuide()
{
    const auto orphans = notes().orphanedIn(
        guideWith(QStringLiteral("ml"), {QStringLiteral("kept"), QStringLiteral("new")}));
    IP_VERIFY_OK(orphans);
    QStringList keys = keysOf(*orphans);
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("dropped"), QStringLiteral("gone")}));
    for (const QuestionNote& note : *orphans) {
        QCOMPARE(note.guideKey, QStringLiteral("ml"));
        QVERIFY(note.updatedAt.isValid());
        if (note.questionKey == u"gone")
            QCOMPARE(note.markdown, QStringLiteral("# Reworded\nsecond line"));
    }
}

void OrphanedNotesTest::comesBackWithItsQuestion()
{
    const Guide returned =
        guideWith(QStringLiteral("ml"),
                  {QStringLiteral("kept"), QStringLiteral("gone"), QStringLiteral("marked")});
    const auto orphans = notes().orphanedIn(returned);
    IP_VERIFY_OK(orphans);
    QCOMPARE(keysOf(*orphans), QStringList{QStringLiteral("dropped")});
    // The guide's notes, as the question browser reads them, have it again.
    const auto byKey = notes().forGuide(QStringLiteral("ml"));
    IP_VERIFY_OK(byKey);
    QCOMPARE(byKey->value(QStringLiteral("gone")).markdown,
             QStringLiteral("# Reworded\nsecond line"));
    QVERIFY(byKey->value(QStringLiteral("marked")).bookmarked);
}

void OrphanedNotesTest::removeDeletesOnlyThatNote()
{
    const Guide guide = guideWith(QStringLiteral("ml"), {QStringLiteral("kept")});
    IP_VERIFY_OK(notes().remove({QStringLiteral("ml"), QStringLiteral("gone")}));
    const auto orphans = notes().orphanedIn(guide);
    IP_VERIFY_OK(orphans);
    QCOMPARE(keysOf(*orphans), QStringList{QStringLiteral("dropped")});
    const auto gone = notes().markdown({QStringLiteral("ml"), QStringLiteral("gone")});
    IP_VERIFY_OK(gone);
    QVERIFY(gone->isEmpty());
    const auto other = notes().markdown({QStringLiteral("ai"), QStringLiteral("elsewhere")});
    IP_VERIFY_OK(other);
    QCOMPARE(*other, QStringLiteral("Other guide"));
}

void OrphanedNotesTest::newestChangeComesFirst()
{
    const QDateTime base(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    const QList<QuestionNote> stored{
        {QStringLiteral("ml"), QStringLiteral("a"), QStringLiteral("old"), false, base},
        {QStringLiteral("ml"), QStringLiteral("b"), QStringLiteral("new"), false, base.addDays(2)},
        {QStringLiteral("ml"), QStringLiteral("c"), QStringLiteral("  \n"), true, base.addDays(3)},
        {QStringLiteral("ml"), QStringLiteral("d"), QStringLiteral("here"), false, base.addDays(4)},
        {QStringLiteral("ml"), QStringLiteral("e"), QStringLiteral("mid"), false, base.addDays(1)},
    };
    const auto orphans =
        QuestionNotes::orphansAmong(stored, guideWith(QStringLiteral("ml"), {QStringLiteral("d")}));
    QCOMPARE(keysOf(orphans),
             (QStringList{QStringLiteral("b"), QStringLiteral("e"), QStringLiteral("a")}));
}

QTEST_GUILESS_MAIN(OrphanedNotesTest)
#include "tst_orphaned_notes.moc"
