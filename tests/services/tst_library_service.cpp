// The library managed by hand (LibraryService): adding a guide file stores
// it with its search documents, adding it again tells unchanged from
// changed, a file that is missing or a guide with errors changes nothing,
// and removing a guide keeps the candidate's work for when it comes back.
#include "LibrarySeed.h"
#include "VerifyOk.h"
#include "services/GuideLibrary.h"
#include "services/GuideParseWorker.h"
#include "services/LibraryService.h"
#include "services/PracticeService.h"
#include "services/QuestionNotes.h"
#include "services/RequirementProgressService.h"
#include "services/SearchService.h"
#include "services/StudyData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ip;

namespace {

const QByteArray GuideText = "---\nterm: Library Test\n---\n\n"
                             "## Overview of Requirements and Recommendations\n\n"
                             "### Certifications\n\n"
                             "- **Required**:\n"
                             "  - **Quokka Certified Engineer**: The usual baseline.\n"
                             "  - **Wombat Associate**: Often asked for.\n\n"
                             "## Interview Questions and Answers\n\n"
                             "### Technical Questions\n\n"
                             "#### Question 1: How do you tune a zanzibar pipeline?\n\n"
                             "**Answer**: Carefully.\n";

const QByteArray SecondQuestion = "\n#### Question 2: What breaks first under load?\n\n"
                                  "**Answer**: The cache.\n";

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

int questionHits(StudyData& data, const QString& text)
{
    const auto hits = data.search().search(text);
    if (!hits)
        return -1;
    return int(std::count_if(hits->cbegin(), hits->cend(), [](const SearchHit& hit) {
        return hit.kind == SearchKind::Question;
    }));
}

} // namespace

class LibraryServiceTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addStoresTheGuideAndItsSearchDocuments();
    void addingAnUnchangedFileAgainChangesNothing();
    void addingAChangedFileUpdatesTheGuide();
    void listSaysWhetherTheFileIsStillThere();
    void removeKeepsTheWorkForTheGuide();
    void removeOfAnUnknownKeyNamesTheLibrarysKeys();
    void missingFileChangesNothing();
    void guideWithErrorsIsNotStored_data();
    void guideWithErrorsIsNotStored();
    void aCancelledReadRecordsNoProblem();
    void openingTheFixedFileClearsItsProblem();
    void aProblemIsTakenOffTheListOnlyWhenAsked();
    void anUnreadableSnapshotHidesNoOtherGuide();
    void shippedGuidesAreAddedOnceAndStay();
    void theCandidatesOwnCopyOfAShippedGuideWins();
    void allGuidesCombinesTheLibrary();
    void allGuidesFindsEachGuidesWork();
    void allGuidesKeepsTheLastGoodCopyOfABrokenFile();
    void allGuidesWritesNothingBeforeTheDeferredCheck();
    void questionFilterWaitsForTheGuideShownToBeStored();

private:
    QString guidePath() const { return m_files->filePath(QStringLiteral("library-test.md")); }
    Result<LibraryAddition> addGuide(const QByteArray& bytes);
    // Opens the data folder again as the window does: its checks deferred
    // until StudyData::markChecked(). m_data is null if it cannot.
    void reopenAsAtAStart();

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<QTemporaryDir> m_files;
    std::unique_ptr<StudyData> m_data;
};

void LibraryServiceTest::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid() && m_files->isValid());
    auto opened = StudyData::open(m_dataDir->path());
    IP_VERIFY_OK(opened);
    m_data = std::move(opened).value();
}

void LibraryServiceTest::reopenAsAtAStart()
{
    m_data.reset();
    StudyDataOptions options;
    options.deferChecks = true;
    auto opened = StudyData::open(m_dataDir->path(), options);
    IP_VERIFY_OK(opened);
    m_data = std::move(opened).value();
}

void LibraryServiceTest::cleanup()
{
    m_data.reset();
    m_files.reset();
    m_dataDir.reset();
}

Result<LibraryAddition> LibraryServiceTest::addGuide(const QByteArray& bytes)
{
    if (!writeFile(guidePath(), bytes))
        return makeError(ErrorKind::Io, QStringLiteral("cannot write the test guide"));
    return m_data->library().add(guidePath());
}

void LibraryServiceTest::addStoresTheGuideAndItsSearchDocuments()
{
    const auto added = addGuide(GuideText);
    IP_VERIFY_OK(added);
    QCOMPARE(added->outcome, LibraryAddition::Outcome::Added);
    QCOMPARE(added->path, QDir::cleanPath(QFileInfo(guidePath()).absoluteFilePath()));
    QCOMPARE(added->guide.key, QStringLiteral("library-test"));

    const auto entries = m_data->library().entries();
    IP_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 1);
    const LibraryGuide& listed = entries->first();
    QCOMPARE(listed.key, QStringLiteral("library-test"));
    QCOMPARE(listed.title, QStringLiteral("Library Test"));
    QCOMPARE(listed.path, added->path);
    QCOMPARE(listed.questions, 1);
    QCOMPARE(listed.requirements, 2);
    QVERIFY(listed.importedAt.isValid());
    QCOMPARE(listed.file, LibraryGuide::FileState::Present);
    QCOMPARE(questionHits(*m_data, QStringLiteral("zanzibar")), 1);
}

void LibraryServiceTest::addingAnUnchangedFileAgainChangesNothing()
{
    IP_VERIFY_OK(addGuide(GuideText));
    const QDateTime importedAt = m_data->library().entries().value().first().importedAt;

    const auto again = m_data->library().add(guidePath());
    IP_VERIFY_OK(again);
    QCOMPARE(again->outcome, LibraryAddition::Outcome::UpToDate);
    QCOMPARE(again->guide.title, QStringLiteral("Library Test"));
    const auto entries = m_data->library().entries();
    IP_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().importedAt, importedAt);
}

void LibraryServiceTest::addingAChangedFileUpdatesTheGuide()
{
    IP_VERIFY_OK(addGuide(GuideText));
    const auto updated = addGuide(GuideText + SecondQuestion);
    IP_VERIFY_OK(updated);
    QCOMPARE(updated->outcome, LibraryAddition::Outcome::Updated);
    QCOMPARE(updated->guide.questions.size(), 2);

    const auto entries = m_data->library().entries();
    IP_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().questions, 2);
    QCOMPARE(entries->first().file, LibraryGuide::FileState::Present);
    QCOMPARE(questionHits(*m_data, QStringLiteral("breaks")), 1);
}

void LibraryServiceTest::listSaysWhetherTheFileIsStillThere()
{
    IP_VERIFY_OK(addGuide(GuideText));
    QVERIFY(writeFile(guidePath(), GuideText + SecondQuestion));
    auto entries = m_data->library().entries();
    IP_VERIFY_OK(entries);
    QCOMPARE(entries->first().file, LibraryGuide::FileState::Changed);
    // Listing reports; it never re-imports.
    QCOMPARE(entries->first().questions, 1);

    QVERIFY(QFile::remove(guidePath()));
    entries = m_data->library().entries();
    IP_VERIFY_OK(entries);
    QCOMPARE(entries->first().file, LibraryGuide::FileState::Missing);
}

void LibraryServiceTest::removeKeepsTheWorkForTheGuide()
{
    const auto added = addGuide(GuideText);
    IP_VERIFY_OK(added);
    const Guide& guide = added->guide;
    const QuestionRef question{guide.key, guide.questions.first().key};
    IP_VERIFY_OK(m_data->notes().saveMarkdown(question, QStringLiteral("Mention the backlog.")));
    RequirementProgress progress;
    progress.guideKey = guide.key;
    progress.requirementKey = guide.requirementGroups.first().items.first().key;
    progress.status = RequirementStatus::InProgress;
    progress.evidence = QStringLiteral("Exam booked");
    IP_VERIFY_OK(m_data->progress().save(progress));
    IP_VERIFY_OK(m_data->practice().record(question, ReviewGrade::Good, 12.0));

    const auto removed = m_data->library().remove(guide.key);
    IP_VERIFY_OK(removed);
    QCOMPARE(removed.value(), QStringLiteral("Library Test"));
    QCOMPARE(m_data->library().entries().value().size(), 0);
    // Its questions are no longer found; the candidate's own note still is.
    QCOMPARE(questionHits(*m_data, QStringLiteral("zanzibar")), 0);
    QCOMPARE(questionHits(*m_data, QStringLiteral("backlog")), 0);
    QVERIFY(!m_data->search().search(QStringLiteral("backlog")).value().isEmpty());

    const auto notes = m_data->notes().forGuide(guide.key);
    IP_VERIFY_OK(notes);
    QCOMPARE(notes->value(question.questionKey).markdown, QStringLiteral("Mention the backlog."));
    const auto stored = m_data->progress().forGuide(guide.key);
    IP_VERIFY_OK(stored);
    QCOMPARE(stored->value(progress.requirementKey).evidence, QStringLiteral("Exam booked"));
    QCOMPARE(m_data->practice().log(question).value().size(), 1);

    // Added back, the guide finds the same work under the same keys.
    const auto again = m_data->library().add(guidePath());
    IP_VERIFY_OK(again);
    QCOMPARE(again->outcome, LibraryAddition::Outcome::Added);
    QCOMPARE(again->guide.questions.first().key, question.questionKey);
    QCOMPARE(m_data->notes().forGuide(guide.key).value().value(question.questionKey).markdown,
             QStringLiteral("Mention the backlog."));
    QCOMPARE(m_data->progress().forGuide(guide.key).value().value(progress.requirementKey).status,
             RequirementStatus::InProgress);
    QCOMPARE(questionHits(*m_data, QStringLiteral("zanzibar")), 1);
}

void LibraryServiceTest::removeOfAnUnknownKeyNamesTheLibrarysKeys()
{
    IP_VERIFY_OK(addGuide(GuideText));
    const auto removed = m_data->library().remove(QStringLiteral("no-such-guide"));
    QVERIFY(!removed);
    QCOMPARE(removed.error().kind, ErrorKind::NotFound);
    QVERIFY2(removed.error().message.contains(QStringLiteral("library-test")),
             qPrintable(removed.error().message));
    QCOMPARE(m_data->library().entries().value().size(), 1);
}

void LibraryServiceTest::missingFileChangesNothing()
{
    const auto missing = m_data->library().add(m_files->filePath(QStringLiteral("absent.md")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    QVERIFY2(missing.error().message.contains(QStringLiteral("absent.md")),
             qPrintable(missing.error().message));

    const auto folder = m_data->library().add(m_files->path());
    QVERIFY(!folder);
    QCOMPARE(folder.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(m_data->library().entries().value().size(), 0);
}

void LibraryServiceTest::guideWithErrorsIsNotStored_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("front matter not YAML")
        << QByteArray("---\nterm: \"Broken\ntags: [a, b\n---\n\n## Interview Questions and "
                      "Answers\n\n### Technical Questions\n\n#### Question 1: Still?\n\n"
                      "**Answer**: Yes.\n");
    QTest::newRow("no requirements and no questions")
        << QByteArray("# Just a note\n\nNothing here is a requirement or a question.\n");
    QTest::newRow("not UTF-8") << QByteArray("---\nterm: Caf\xe9\n---\n\n#### Q1\n");
}

void LibraryServiceTest::guideWithErrorsIsNotStored()
{
    QFETCH(QByteArray, bytes);
    const auto added = addGuide(bytes);
    IP_VERIFY_OK(added);
    QCOMPARE(added->outcome, LibraryAddition::Outcome::Invalid);
    QVERIFY(added->guide.hasErrors());
    QCOMPARE(m_data->library().entries().value().size(), 0);

    // Listed apart, with the parser's reasons, so the candidate finds it.
    auto problems = m_data->library().problems();
    IP_VERIFY_OK(problems);
    QCOMPARE(problems->size(), 1);
    QCOMPARE(problems->first().filePath, added->path);
    QVERIFY(!problems->first().title.isEmpty());
    QVERIFY(!problems->first().diagnostics.isEmpty());
    for (const Diagnostic& diagnostic : added->guide.diagnostics) {
        if (diagnostic.isError())
            QVERIFY2(problems->first().diagnostics.join(u'\n').contains(diagnostic.message),
                     qPrintable(diagnostic.message));
    }
    // Fixed and added again: a guide, no longer a problem.
    const auto fixed = addGuide(GuideText);
    IP_VERIFY_OK(fixed);
    QCOMPARE(fixed->outcome, LibraryAddition::Outcome::Added);
    problems = m_data->library().problems();
    IP_VERIFY_OK(problems);
    QVERIFY(problems->isEmpty());
}

void LibraryServiceTest::aCancelledReadRecordsNoProblem()
{
    // Debian's cmark-gfm needs minutes for runs of empty image links: the
    // read is still under way when the user cancels it.
    QByteArray hostile("---\nterm: Hostile\n---\n\n## Interview Questions\n\n### Technical\n\n"
                       "#### Question 1: What?\n\n**Answer:**\n\n");
    hostile += QByteArray("![[]()").repeated(256 * 1024 / 6);
    QTimer::singleShot(200, [] { GuideParseWorker::cancel(); });
    const auto added = addGuide(hostile);
    IP_VERIFY_OK(added);
    QCOMPARE(added->outcome, LibraryAddition::Outcome::Invalid);
    QVERIFY(GuideParseWorker::wasCancelled());
    const auto problems = m_data->library().problems();
    IP_VERIFY_OK(problems);
    QVERIFY(problems->isEmpty());
}

void LibraryServiceTest::openingTheFixedFileClearsItsProblem()
{
    const QByteArray broken("# Just a note\n\nNothing here is a requirement or a question.\n");
    IP_VERIFY_OK(addGuide(broken));
    QCOMPARE(m_data->library().problems()->size(), 1);
    // Fixed in an editor, then opened in the window, which stores it as it
    // stores every guide it opens.
    QVERIFY(writeFile(guidePath(), GuideText));
    const Guide opened = m_data->guides().openFile(guidePath());
    QVERIFY(!opened.hasErrors());
    const auto problems = m_data->library().problems();
    IP_VERIFY_OK(problems);
    QVERIFY(problems->isEmpty());
    QCOMPARE(m_data->library().entries()->size(), 1);
}

void LibraryServiceTest::aProblemIsTakenOffTheListOnlyWhenAsked()
{
    const QByteArray broken("# Just a note\n\nNothing here is a requirement or a question.\n");
    IP_VERIFY_OK(addGuide(broken));
    // Tried again, still broken: one entry, not two.
    IP_VERIFY_OK(addGuide(broken));
    auto problems = m_data->library().problems();
    IP_VERIFY_OK(problems);
    QCOMPARE(problems->size(), 1);
    IP_VERIFY_OK(m_data->library().forgetProblem(problems->first()));
    problems = m_data->library().problems();
    IP_VERIFY_OK(problems);
    QVERIFY(problems->isEmpty());
    // The file itself is left alone.
    QVERIFY(QFile::exists(guidePath()));
}

void LibraryServiceTest::anUnreadableSnapshotHidesNoOtherGuide()
{
    IP_VERIFY_OK(addGuide(GuideText));
    // Another guide whose stored copy was damaged.
    m_data.reset(); // the folder is locked while open
    QVERIFY(test::seedLibrary(m_dataDir->path(),
                              {test::libraryEntry(QStringLiteral("damaged"), "{\"key\": ")}));
    auto reopened = StudyData::open(m_dataDir->path());
    IP_VERIFY_OK(reopened);
    m_data = std::move(reopened).value();
    const auto entries = m_data->library().entries();
    IP_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().key, QStringLiteral("library-test"));
    auto problems = m_data->library().problems();
    IP_VERIFY_OK(problems);
    QCOMPARE(problems->size(), 1);
    QCOMPARE(problems->first().guideKey, QStringLiteral("damaged"));
    QVERIFY(problems->first().diagnostics.first().contains(QStringLiteral("cannot be read")));
    // Taking it off the list takes the damaged copy out of the library.
    IP_VERIFY_OK(m_data->library().forgetProblem(problems->first()));
    problems = m_data->library().problems();
    IP_VERIFY_OK(problems);
    QVERIFY(problems->isEmpty());
    QCOMPARE(m_data->library().entries()->size(), 1);
}

void LibraryServiceTest::shippedGuidesAreAddedOnceAndStay()
{
    const QStringList shipped{QStringLiteral(":/shipped/typical.md")};
    const auto first = m_data->library().includeShipped(shipped);
    IP_VERIFY_OK(first);
    QCOMPARE(*first, 1);
    auto entries = m_data->library().entries();
    IP_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().title, QStringLiteral("Data Engineer"));
    QCOMPARE(entries->first().path, shipped.first());
    QVERIFY(entries->first().shipped);
    QCOMPARE(entries->first().file, LibraryGuide::FileState::Present);
    const QDateTime importedAt = entries->first().importedAt;

    // The next start finds it there and parses nothing.
    const auto again = m_data->library().includeShipped(shipped);
    IP_VERIFY_OK(again);
    QCOMPARE(*again, 0);
    QCOMPARE(m_data->library().entries()->first().importedAt, importedAt);

    // It would only come back: removing it is refused and changes nothing.
    const auto removed = m_data->library().remove(entries->first().key);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(removed.error().message.contains(QStringLiteral("comes with Interview Prep")),
             qPrintable(removed.error().message));
    QCOMPARE(m_data->library().entries()->size(), 1);
}

void LibraryServiceTest::theCandidatesOwnCopyOfAShippedGuideWins()
{
    // The candidate added their own edited copy, under the same key.
    QFile shipped(QStringLiteral(":/shipped/typical.md"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    const auto own = addGuide(shipped.readAll() + SecondQuestion);
    IP_VERIFY_OK(own);
    QCOMPARE(own->guide.key, QStringLiteral("data-engineer"));

    const auto included = m_data->library().includeShipped({shipped.fileName()});
    IP_VERIFY_OK(included);
    QCOMPARE(*included, 0);
    const auto entries = m_data->library().entries();
    IP_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().path, own->path);
    QVERIFY(!entries->first().shipped);
}

namespace {

// The test guide under another title, so another key.
QByteArray retitled(const QByteArray& text, const QByteArray& title)
{
    QByteArray copy = text;
    return copy.replace("Library Test", title);
}

} // namespace

void LibraryServiceTest::allGuidesCombinesTheLibrary()
{
    IP_VERIFY_OK(addGuide(GuideText + SecondQuestion));
    const QString other = m_files->filePath(QStringLiteral("other.md"));
    QVERIFY(writeFile(other, retitled(GuideText, "Another Role")));
    IP_VERIFY_OK(m_data->library().add(other));

    const auto all = m_data->library().allGuides();
    IP_VERIFY_OK(all);
    QVERIFY(all->isCombined());
    QCOMPARE(all->key, Guide::AllGuidesKey);
    QVERIFY(!all->hasErrors());
    // By title, each guide's questions in its order, numbered through.
    QCOMPARE(all->memberKeys,
             (QStringList{QStringLiteral("another-role"), QStringLiteral("library-test")}));
    QCOMPARE(all->questions.size(), 3);
    QCOMPARE(all->questions.at(0).key.section(u'/', 0, 0), QStringLiteral("another-role"));
    QCOMPARE(all->questions.at(2).prompt, QStringLiteral("What breaks first under load?"));
    QCOMPARE(all->questions.at(2).number, 3);
    // One "Technical" category for both; each guide's requirements apart.
    QCOMPARE(all->categories, QStringList{QStringLiteral("Technical")});
    QCOMPARE(all->requirementGroups.size(), 2);
    QCOMPARE(all->requirementGroups.at(0).name, QStringLiteral("Another Role: Certifications"));
    QCOMPARE(all->requirementGroups.at(1).name, QStringLiteral("Library Test: Certifications"));
    // Each question and requirement names its own guide.
    for (const Question& question : all->questions)
        QCOMPARE(all->refOf(question).guideKey, question.key.section(u'/', 0, 0));
    QCOMPARE(all->guideKeyOf(all->requirementGroups.at(0).items.at(0).key),
             QStringLiteral("another-role"));
}

void LibraryServiceTest::allGuidesFindsEachGuidesWork()
{
    const auto first = addGuide(GuideText);
    IP_VERIFY_OK(first);
    const QString other = m_files->filePath(QStringLiteral("other.md"));
    QVERIFY(writeFile(other, retitled(GuideText, "Another Role")));
    const auto second = m_data->library().add(other);
    IP_VERIFY_OK(second);
    const QuestionRef mine = first->guide.refOf(first->guide.questions.first());
    const QuestionRef theirs = second->guide.refOf(second->guide.questions.first());
    IP_VERIFY_OK(m_data->notes().saveMarkdown(mine, QStringLiteral("Mine.")));
    IP_VERIFY_OK(m_data->notes().saveMarkdown(theirs, QStringLiteral("Theirs.")));
    IP_VERIFY_OK(m_data->practice().record(theirs, ReviewGrade::Good, 5.0));
    RequirementProgress progress;
    progress.guideKey = second->guide.key;
    progress.requirementKey = second->guide.requirementGroups.first().items.first().key;
    progress.status = RequirementStatus::Done;
    IP_VERIFY_OK(m_data->progress().save(progress));

    const auto all = m_data->library().allGuides();
    IP_VERIFY_OK(all);
    const auto notes = m_data->notes().forGuide(*all);
    IP_VERIFY_OK(notes);
    QCOMPARE(notes->size(), 2);
    QCOMPARE(notes->value(mine.questionKey).markdown, QStringLiteral("Mine."));
    QCOMPARE(notes->value(theirs.questionKey).markdown, QStringLiteral("Theirs."));
    const auto schedules = m_data->practice().schedulesForGuide(*all);
    IP_VERIFY_OK(schedules);
    QCOMPARE(schedules->size(), 1);
    QCOMPARE(schedules->first().guideKey, theirs.guideKey);
    const auto stored = m_data->progress().forGuide(*all);
    IP_VERIFY_OK(stored);
    QCOMPARE(stored->value(progress.requirementKey).status, RequirementStatus::Done);
    // A note whose question left its guide is an orphan in All guides too.
    QByteArray edited = retitled(GuideText, "Another Role");
    QVERIFY(writeFile(other, edited.replace("zanzibar", "quasar")));
    const auto reread = m_data->library().allGuides();
    IP_VERIFY_OK(reread);
    const auto orphans = m_data->notes().orphanedIn(*reread);
    IP_VERIFY_OK(orphans);
    QCOMPARE(orphans->size(), 1);
    QCOMPARE(orphans->first().guideKey, theirs.guideKey);
}

void LibraryServiceTest::allGuidesKeepsTheLastGoodCopyOfABrokenFile()
{
    IP_VERIFY_OK(addGuide(GuideText));
    // Edited cleanly: read again, and stored.
    QVERIFY(writeFile(guidePath(), GuideText + SecondQuestion));
    auto all = m_data->library().allGuides();
    IP_VERIFY_OK(all);
    QCOMPARE(all->questions.size(), 2);
    QCOMPARE(m_data->library().entries().value().first().file, LibraryGuide::FileState::Present);
    // Broken half-way through an edit, then gone: the last good copy shows.
    QVERIFY(writeFile(guidePath(), "---\nterm: [unclosed\n---\n"));
    all = m_data->library().allGuides();
    IP_VERIFY_OK(all);
    QCOMPARE(all->questions.size(), 2);
    QVERIFY(!all->hasErrors());
    // ... and says why.
    QCOMPARE(all->diagnostics.size(), 1);
    QVERIFY(
        all->diagnostics.first().message.startsWith(QStringLiteral("“library-test.md” changed")));
    // Retitled, it is another guide: not stored in its place, nor beside it.
    QVERIFY(writeFile(guidePath(), retitled(GuideText, "Renamed Role")));
    all = m_data->library().allGuides();
    IP_VERIFY_OK(all);
    QCOMPARE(all->memberKeys, QStringList{QStringLiteral("library-test")});
    QCOMPARE(all->questions.size(), 2);
    QVERIFY(all->diagnostics.first().message.contains(QStringLiteral("Renamed Role")));
    QCOMPARE(m_data->library().entries().value().size(), 1);
    QVERIFY(QFile::remove(guidePath()));
    all = m_data->library().allGuides();
    IP_VERIFY_OK(all);
    QCOMPARE(all->questions.size(), 2);
}

// At a start the database is checked after the first paint; until then
// nothing the app writes by itself goes into it, also when All guides reads
// a changed file again. The new snapshot is stored once the check passed.
void LibraryServiceTest::allGuidesWritesNothingBeforeTheDeferredCheck()
{
    IP_VERIFY_OK(addGuide(GuideText));
    QVERIFY(writeFile(guidePath(), GuideText + SecondQuestion));
    reopenAsAtAStart();
    QVERIFY(m_data);

    const auto all = m_data->allGuides();
    IP_VERIFY_OK(all);
    QCOMPARE(all->questions.size(), 2);
    QCOMPARE(m_data->library().entries().value().first().file, LibraryGuide::FileState::Changed);
    m_data->markChecked();
    QCOMPARE(m_data->library().entries().value().first().file, LibraryGuide::FileState::Present);
}

// The index holds what the library stored. While the guide shown is a newer
// version whose snapshot is not stored (waiting for the deferred check, or
// refused), the question filter is not answered from it: the screen then
// reads the guide's own text.
void LibraryServiceTest::questionFilterWaitsForTheGuideShownToBeStored()
{
    const auto added = addGuide(GuideText);
    IP_VERIFY_OK(added);
    const QStringList keys = {added->guide.key};
    auto matches = m_data->filterQuestions(QStringLiteral("zanzibar"), keys);
    IP_VERIFY_OK(matches);
    QVERIFY(matches->has_value());

    QVERIFY(writeFile(guidePath(), GuideText + SecondQuestion));
    reopenAsAtAStart();
    QVERIFY(m_data);
    // Nothing is answered from the index before the check.
    matches = m_data->filterQuestions(QStringLiteral("zanzibar"), keys);
    IP_VERIFY_OK(matches);
    QVERIFY(!matches->has_value());
    const Guide shown = m_data->guides().openFile(guidePath());
    QCOMPARE(shown.questions.size(), 2);
    m_data->markChecked();
    // Stored with the check: the index answers, and knows the new question.
    matches = m_data->filterQuestions(QStringLiteral("cache"), keys);
    IP_VERIFY_OK(matches);
    QVERIFY(matches->has_value());
    QVERIFY((*matches)->keeps(shown.questions.at(1).key));

    // A newer version whose snapshot cannot be written.
    QVERIFY(writeFile(guidePath(), GuideText + SecondQuestion + "\nMore words.\n"));
    m_data->refuseWrites(makeError(ErrorKind::Corrupt, QStringLiteral("damaged")));
    QVERIFY(!m_data->guides().openFile(guidePath()).hasErrors());
    matches = m_data->filterQuestions(QStringLiteral("cache"), keys);
    IP_VERIFY_OK(matches);
    QVERIFY(!matches->has_value());
}

QTEST_GUILESS_MAIN(LibraryServiceTest)
#include "tst_library_service.moc"
