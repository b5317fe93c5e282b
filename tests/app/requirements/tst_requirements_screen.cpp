// The Requirements screen driven like a user would: keys and typing on the
// real widgets, then a new StudyContext on the same data folder to prove the
// change reached the database.
#include "DirectSql.h"
#include "GuideLookup.h"
#include "StudyContext.h"
#include "services/QuestionNotes.h"
#include "services/RequirementProgressService.h"
#include "services/StoryService.h"
#include "services/StudyData.h"
#include "storage/Database.h"
#include "storage/RequirementProgressRepository.h"
#include "ui/drafts/DraftKeeper.h"
#include "ui/requirements/DateText.h"
#include "ui/requirements/OptionalDateEdit.h"
#include "ui/requirements/RequirementChecklistModel.h"
#include "ui/requirements/RequirementDetailPane.h"
#include "ui/requirements/RequirementGapSummary.h"
#include "ui/requirements/RequirementTreeView.h"
#include "ui/requirements/RequirementsScreen.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>
#include <memory>

using namespace ip;
using ip::test::requirementKey;

namespace {

using Model = RequirementChecklistModel;

const QString TypicalGuide = QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md");
const QString Bachelor = QStringLiteral("Bachelor's degree in computer science or a related field");
const QString Google = QStringLiteral("Google Professional Data Engineer");
const QString Azure = QStringLiteral("Microsoft Certified: Azure Data Engineer Associate");

} // namespace

class RequirementsScreenTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void statusThroughTheTreeDelegateIsStored();
    void statusThroughTheDetailPaneIsStored();
    void evidenceIsSavedAfterAPauseInTyping();
    void evidenceIsSavedWhenTheFieldIsLeft();
    void evidenceWhoseSaveFailedIsKeptAcrossItemsAndRetried();
    void savingEvidenceLeavesTheDescriptionWhereItWas();
    void commitPendingEditsSavesEvidenceAtOnce();
    void reloadSavesTypedEvidenceFirst();
    void spaceTogglesTheCheckBox();
    void dateDelegateClearsADateWithDelete();
    void tabLeavesEveryDateField();
    void lettersInAnEmptyDateFieldSetNoDate();
    void completionDateOnlyForADoneItem();
    void detailPaneFollowsTheTreeAndShowsTheDescription();
    void filterKeepsMatchingItems();
    void progressLineAndGapSummary();
    void activatingAGapSelectsIt();
    void keyboardReachesEveryCellAndThePane();
    void narrowTreeGivesDateColumnsUpForTheTitles();
    void readOnlyWithoutADatabase();
    void stateIsRestored();
    void failedSaveIsReported();

private:
    void openScreen(const QString& guidePath = TypicalGuide);
    void closeScreen();
    // The stored progress, read through a context of its own after the
    // screen's context is closed (the data folder is locked while open).
    RequirementProgress storedAfterReopening(const QString& title);
    QModelIndex proxyIndexOf(const QString& title, int column = Model::TitleColumn) const;
    void selectTitle(const QString& title, int column = Model::TitleColumn);
    template <typename T> T* find(const char* name) const
    {
        T* widget = m_screen->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no child named %s", name);
        return widget;
    }

    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<StudyContext> m_context;
    std::unique_ptr<RequirementsScreen> m_screen;
};

void RequirementsScreenTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewPrepTests"));
    QCoreApplication::setApplicationName(QStringLiteral("requirements-screen-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void RequirementsScreenTest::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    // Nothing this test writes with QSettings reaches the user's files.
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_temp->path() + QStringLiteral("/settings"));
    openScreen();
}

void RequirementsScreenTest::cleanup()
{
    closeScreen();
    m_temp.reset();
}

void RequirementsScreenTest::openScreen(const QString& guidePath)
{
    m_context = std::make_unique<StudyContext>(m_temp->path() + QStringLiteral("/data"), guidePath);
    QVERIFY(m_context->hasStorage());
    m_screen = std::make_unique<RequirementsScreen>(*m_context);
    m_screen->resize(1100, 700);
    m_screen->show();
    QApplication::setActiveWindow(m_screen.get());
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
}

void RequirementsScreenTest::closeScreen()
{
    m_screen.reset();
    m_context.reset();
}

RequirementProgress RequirementsScreenTest::storedAfterReopening(const QString& title)
{
    closeScreen();
    StudyContext reopened(m_temp->path() + QStringLiteral("/data"), TypicalGuide);
    if (!reopened.hasStorage())
        return {};
    const auto found = reopened.data()->progress().forGuide(reopened.guide().key);
    return found.ok() ? found->value(requirementKey(reopened.guide(), title))
                      : RequirementProgress{};
}

QModelIndex RequirementsScreenTest::proxyIndexOf(const QString& title, int column) const
{
    QAbstractItemModel* model = m_screen->tree()->model();
    const QModelIndexList found = model->match(model->index(0, 0), Qt::DisplayRole, title, 1,
                                               Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first().siblingAtColumn(column);
}

void RequirementsScreenTest::selectTitle(const QString& title, int column)
{
    const QModelIndex index = proxyIndexOf(title, column);
    QVERIFY(index.isValid());
    m_screen->tree()->setFocus();
    m_screen->tree()->setCurrentIndex(index);
}

void RequirementsScreenTest::statusThroughTheTreeDelegateIsStored()
{
    selectTitle(Bachelor);
    RequirementTreeView* tree = m_screen->tree();
    // F2 on the title edits the status, with a combo box.
    QTest::keyClick(tree, Qt::Key_F2);
    auto* combo =
        qobject_cast<QComboBox*>(tree->indexWidget(proxyIndexOf(Bachelor, Model::StatusColumn)));
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), QStringLiteral("Not started"));
    // The list opens by itself; arrows move in it, Enter chooses.
    QTRY_VERIFY(combo->view()->isVisible());
    QTest::keyClick(combo->view(), Qt::Key_Down); // Planned
    QTest::keyClick(combo->view(), Qt::Key_Down); // In progress
    QCOMPARE(proxyIndexOf(Bachelor, Model::StatusColumn).data().toString(),
             QStringLiteral("Not started"));
    QTest::keyClick(combo->view(), Qt::Key_Enter);
    QTRY_COMPARE(proxyIndexOf(Bachelor, Model::StatusColumn).data().toString(),
                 QStringLiteral("In progress"));
    QCOMPARE(storedAfterReopening(Bachelor).status, RequirementStatus::InProgress);
}

void RequirementsScreenTest::statusThroughTheDetailPaneIsStored()
{
    selectTitle(Azure);
    auto* combo = find<QComboBox>("statusCombo");
    QVERIFY(combo);
    QCOMPARE(m_screen->detailPane()->requirementKey(), requirementKey(m_context->guide(), Azure));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down); // Planned, chosen with the keyboard
    QCOMPARE(proxyIndexOf(Azure, Model::StatusColumn).data().toString(), QStringLiteral("Planned"));
    QCOMPARE(storedAfterReopening(Azure).status, RequirementStatus::Planned);
}

void RequirementsScreenTest::evidenceIsSavedAfterAPauseInTyping()
{
    selectTitle(Google);
    auto* evidence = find<QPlainTextEdit>("evidenceEdit");
    QVERIFY(evidence);
    evidence->setFocus();
    QSignalSpy saved(m_screen.get(), &Screen::statusMessage);
    QTest::keyClicks(evidence, QStringLiteral("Credential 12345"));
    // Not on every key: only once typing pauses.
    QCOMPARE(saved.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 3000);
    QCOMPARE(m_screen->model()->progressFor(requirementKey(m_context->guide(), Google)).evidence,
             QStringLiteral("Credential 12345"));
    QCOMPARE(storedAfterReopening(Google).evidence, QStringLiteral("Credential 12345"));
}

void RequirementsScreenTest::evidenceWhoseSaveFailedIsKeptAcrossItemsAndRetried()
{
    // A trigger stands in for a full disk: every write to the table fails.
    DirectSql sql(m_context->data()->filePath());
    QSqlQuery query = sql.query();
    QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON "
                                      "requirement_progress BEGIN SELECT RAISE(ABORT, "
                                      "'disk is full'); END")));
    selectTitle(Google);
    auto* evidence = find<QPlainTextEdit>("evidenceEdit");
    evidence->setFocus();
    QTest::keyClicks(evidence, QStringLiteral("Credential 777"));
    selectTitle(Azure); // leaving the item tries to save, and fails
    QVERIFY(!m_context->drafts()->isEmpty());
    QVERIFY(evidence->toPlainText().isEmpty()); // Azure has none
    selectTitle(Google);
    QCOMPARE(evidence->toPlainText(), QStringLiteral("Credential 777"));

    // The disk has room again: the keeper's retry saves it without the user.
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER refuse")));
    QTRY_VERIFY_WITH_TIMEOUT(m_context->drafts()->isEmpty(), 10000);
    QCOMPARE(m_screen->model()->progressFor(requirementKey(m_context->guide(), Google)).evidence,
             QStringLiteral("Credential 777"));
    QCOMPARE(storedAfterReopening(Google).evidence, QStringLiteral("Credential 777"));
}

void RequirementsScreenTest::savingEvidenceLeavesTheDescriptionWhereItWas()
{
    // A requirement whose description is longer than its pane, so the user
    // scrolls down in it while writing the evidence.
    const QString title = QStringLiteral("Cloud Architect");
    QFile guide(m_temp->path() + QStringLiteral("/long-description.md"));
    QVERIFY(guide.open(QIODevice::WriteOnly));
    QByteArray detail;
    for (int sentence = 1; sentence <= 80; ++sentence)
        detail += "Sentence " + QByteArray::number(sentence) + " of what the exam covers. ";
    guide.write("# Long Description Guide\n\n"
                "## Overview of Requirements and Recommendations\n\n"
                "### Certifications\n\n"
                "- **Required**:\n"
                "  - **" +
                title.toUtf8() + "**: " + detail + "\n");
    guide.close();
    closeScreen();
    openScreen(guide.fileName());

    selectTitle(title);
    auto* description = find<QTextBrowser>("descriptionBrowser");
    QVERIFY(description);
    QScrollBar* scrollBar = description->verticalScrollBar();
    QTRY_VERIFY(scrollBar->maximum() > 0);
    scrollBar->setValue(scrollBar->maximum() / 2);
    const int scrolled = scrollBar->value();
    QVERIFY(scrolled > 0);
    const QString html = description->toHtml();
    QSignalSpy replaced(description->document(), &QTextDocument::contentsChanged);

    // Typing, and the autosave after each pause, leave the text being read
    // in place: it is neither set again nor scrolled to the top.
    auto* evidence = find<QPlainTextEdit>("evidenceEdit");
    QVERIFY(evidence);
    evidence->setFocus();
    QSignalSpy saved(m_screen.get(), &Screen::statusMessage);
    QTest::keyClicks(evidence, QStringLiteral("Booked"));
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 3000);
    QCOMPARE(scrollBar->value(), scrolled);
    QTest::keyClicks(evidence, QStringLiteral(" for May"));
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 3000);
    QCOMPARE(scrollBar->value(), scrolled);
    // A save at once (leaving the screen) too.
    QTest::keyClicks(evidence, QStringLiteral(" 12"));
    m_screen->commitPendingEdits();
    const QString key = m_screen->detailPane()->requirementKey();
    QCOMPARE(m_screen->model()->progressFor(key).evidence, QStringLiteral("Booked for May 12"));
    QCOMPARE(scrollBar->value(), scrolled);
    QCOMPARE(replaced.size(), 0);
    QCOMPARE(description->toHtml(), html);
}

void RequirementsScreenTest::evidenceIsSavedWhenTheFieldIsLeft()
{
    selectTitle(Google);
    auto* evidence = find<QPlainTextEdit>("evidenceEdit");
    evidence->setFocus();
    QTest::keyClicks(evidence, QStringLiteral("https://example.org/badge"));
    m_screen->tree()->setFocus();
    QCOMPARE(m_screen->model()->progressFor(requirementKey(m_context->guide(), Google)).evidence,
             QStringLiteral("https://example.org/badge"));
}

void RequirementsScreenTest::commitPendingEditsSavesEvidenceAtOnce()
{
    selectTitle(Azure);
    auto* evidence = find<QPlainTextEdit>("evidenceEdit");
    evidence->setFocus();
    QTest::keyClicks(evidence, QStringLiteral("typed just before quitting"));
    m_screen->commitPendingEdits();
    QCOMPARE(storedAfterReopening(Azure).evidence, QStringLiteral("typed just before quitting"));
}

void RequirementsScreenTest::reloadSavesTypedEvidenceFirst()
{
    selectTitle(Azure);
    auto* evidence = find<QPlainTextEdit>("evidenceEdit");
    evidence->setFocus();
    QTest::keyClicks(evidence, QStringLiteral("typed before the guide was reopened"));
    m_screen->reload();
    QCOMPARE(m_screen->model()->progressFor(requirementKey(m_context->guide(), Azure)).evidence,
             QStringLiteral("typed before the guide was reopened"));
    // The timer of the old item must not fire into the reloaded one.
    QTest::qWait(RequirementDetailPane::EvidenceSaveDelayMs + 200);
    QCOMPARE(m_screen->model()->progressFor(requirementKey(m_context->guide(), Google)).evidence,
             QString());
}

void RequirementsScreenTest::spaceTogglesTheCheckBox()
{
    selectTitle(Google, Model::StatusColumn); // any cell of the row
    RequirementTreeView* tree = m_screen->tree();
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(proxyIndexOf(Google).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(proxyIndexOf(Google, Model::CompletedDateColumn).data(Qt::EditRole).toDate(),
             QDate::currentDate());
    QCOMPARE(m_screen->progressText(),
             QStringLiteral("Required 1 of 3 done · Recommended 0 of 2 · 1 of 7 overall"));
    // The detail pane follows.
    QCOMPARE(find<QComboBox>("statusCombo")->currentText(), QStringLiteral("Done"));

    // Again gives back Not started; once more is Done, and the database agrees.
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(proxyIndexOf(Google, Model::StatusColumn).data().toString(),
             QStringLiteral("Not started"));
    QCOMPARE(proxyIndexOf(Google, Model::CompletedDateColumn).data().toString(), QString());
    QTest::keyClick(tree, Qt::Key_Space);
    const RequirementProgress stored = storedAfterReopening(Google);
    QCOMPARE(stored.status, RequirementStatus::Done);
    QCOMPARE(stored.completedDate, std::optional<QDate>(QDate::currentDate()));
}

void RequirementsScreenTest::dateDelegateClearsADateWithDelete()
{
    QVERIFY(m_screen->model()->setData(
        m_screen->model()->indexForKey(requirementKey(m_context->guide(), Bachelor),
                                       Model::TargetDateColumn),
        QDate(2026, 4, 30)));
    selectTitle(Bachelor, Model::TargetDateColumn);
    RequirementTreeView* tree = m_screen->tree();
    QTest::keyClick(tree, Qt::Key_Return);
    auto* editor = qobject_cast<OptionalDateEdit*>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->optionalDate(), std::optional<QDate>(QDate(2026, 4, 30)));
    QTest::keyClick(editor, Qt::Key_Delete);
    QVERIFY(editor->isEmpty());
    QCOMPARE(editor->text(), QStringLiteral("No date"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(proxyIndexOf(Bachelor, Model::TargetDateColumn).data().toString(), QString());
    QCOMPARE(storedAfterReopening(Bachelor).targetDate, std::nullopt);
}

void RequirementsScreenTest::tabLeavesEveryDateField()
{
    selectTitle(Google);
    auto* status = find<QComboBox>("statusCombo");
    auto* target = find<OptionalDateEdit>("targetDateEdit");
    QTest::keyClick(m_screen->tree(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), status);
    QTest::keyClick(status, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), target);
    QVERIFY(target->isEmpty());
    // "No date" used to keep Tab for ever.
    QTest::keyClick(target, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != target);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), target);
    QTest::keyClick(target, Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), status);

    // A filled editor: Tab leaves it too, rather than stepping to the month.
    QTest::keyClick(status, Qt::Key_Tab);
    QTest::keyClicks(target, QStringLiteral("5"));
    QVERIFY(!target->isEmpty());
    QTest::keyClick(target, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != target);

    // On to the evidence within a few Tabs (the completion date of an item
    // not done is skipped).
    auto* evidence = find<QPlainTextEdit>("evidenceEdit");
    for (int tab = 0; tab < 4 && QApplication::focusWidget() != evidence; ++tab)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), evidence);
}

void RequirementsScreenTest::lettersInAnEmptyDateFieldSetNoDate()
{
    selectTitle(Google);
    auto* target = find<OptionalDateEdit>("targetDateEdit");
    target->setFocus();
    QVERIFY(target->isEmpty());
    // Meant for the evidence; the digits at the end must not make a date.
    QTest::keyClicks(target, QStringLiteral("cred ABC-123"));
    QVERIFY(target->isEmpty());
    QCOMPARE(target->text(), QStringLiteral("No date"));
    target->clearFocus();
    QCOMPARE(proxyIndexOf(Google, Model::TargetDateColumn).data(Qt::EditRole).toDate(), QDate());
}

void RequirementsScreenTest::completionDateOnlyForADoneItem()
{
    selectTitle(Google);
    auto* status = find<QComboBox>("statusCombo");
    auto* completed = find<OptionalDateEdit>("completedDateEdit");
    QVERIFY(!completed->isEnabled());
    // Not in the tree either.
    selectTitle(Google, Model::CompletedDateColumn);
    QTest::keyClick(m_screen->tree(), Qt::Key_Return);
    QVERIFY(!qobject_cast<OptionalDateEdit*>(QApplication::focusWidget()));

    // Done: the date can be recorded, in the pane and in the tree.
    status->setFocus();
    QTest::keyClick(status, Qt::Key_End); // Not applicable
    QTest::keyClick(status, Qt::Key_Up);  // Done
    QCOMPARE(status->currentText(), QStringLiteral("Done"));
    QTRY_VERIFY(completed->isEnabled());
    selectTitle(Google, Model::CompletedDateColumn);
    QTest::keyClick(m_screen->tree(), Qt::Key_Return);
    QTRY_VERIFY(qobject_cast<OptionalDateEdit*>(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);

    // Back to In progress: the editor closes again.
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Up);
    QCOMPARE(status->currentText(), QStringLiteral("In progress"));
    QTRY_VERIFY(!completed->isEnabled());
}

void RequirementsScreenTest::detailPaneFollowsTheTreeAndShowsTheDescription()
{
    selectTitle(Google);
    RequirementDetailPane* pane = m_screen->detailPane();
    QCOMPARE(pane->requirementKey(), requirementKey(m_context->guide(), Google));
    auto* description = find<QTextBrowser>("descriptionBrowser");
    QVERIFY(description->toPlainText().contains(QStringLiteral("design data processing")));
    QVERIFY(!description->openLinks());

    // An empty date editor steps to today, not to 1900.
    auto* target = find<OptionalDateEdit>("targetDateEdit");
    QVERIFY(target->isEmpty());
    target->setFocus();
    QTest::keyClick(target, Qt::Key_Up);
    QCOMPARE(target->optionalDate(), std::optional<QDate>(QDate::currentDate()));
    // So does typing a day into it.
    QTest::keyClick(target, Qt::Key_Delete);
    QVERIFY(target->isEmpty());
    QTest::keyClicks(target, QStringLiteral("1"));
    QVERIFY(!target->isEmpty());
    QCOMPARE(target->date().year(), QDate::currentDate().year());
    QCOMPARE(target->date().month(), QDate::currentDate().month());
    QCOMPARE(target->date().day(), 1);
    // Leaving the editor saves the date.
    m_screen->tree()->setFocus();
    QCOMPARE(proxyIndexOf(Google, Model::TargetDateColumn).data(Qt::EditRole).toDate(),
             QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1));

    // A group shows its progress instead of the fields.
    m_screen->tree()->setCurrentIndex(proxyIndexOf(QStringLiteral("Certifications")));
    QCOMPARE(pane->requirementKey(), QString());
    QVERIFY(!find<QComboBox>("statusCombo")->isVisible());
}

void RequirementsScreenTest::filterKeepsMatchingItems()
{
    m_screen->focusFilter();
    QCOMPARE(QApplication::focusWidget(), m_screen->filterField());
    QTest::keyClicks(m_screen->filterField(), QStringLiteral("DEGREE"));
    QAbstractItemModel* shown = m_screen->tree()->model();
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("Educational Background"));
    QCOMPARE(shown->rowCount(shown->index(0, 0)), 2);
    QVERIFY(m_screen->tree()->isExpanded(shown->index(0, 0)));

    m_screen->filterField()->clear();
    QCOMPARE(shown->rowCount(), 3);

    // Escape clears the filter.
    QTest::keyClicks(m_screen->filterField(), QStringLiteral("degree"));
    QCOMPARE(shown->rowCount(), 1);
    QTest::keyClick(m_screen->filterField(), Qt::Key_Escape);
    QCOMPARE(m_screen->filterField()->text(), QString());
    QCOMPARE(shown->rowCount(), 3);
}

void RequirementsScreenTest::progressLineAndGapSummary()
{
    Model* model = m_screen->model();
    const Guide& guide = m_context->guide();
    const QDate today = QDate::currentDate();
    QVERIFY(
        model->setData(model->indexForKey(requirementKey(guide, Azure), Model::TargetDateColumn),
                       today.addDays(-3)));
    QVERIFY(
        model->setData(model->indexForKey(requirementKey(guide, Google), Model::TargetDateColumn),
                       today.addDays(20)));
    QVERIFY(model->setData(model->indexForKey(requirementKey(guide, QStringLiteral("SQL"))),
                           Qt::Checked, Qt::CheckStateRole));

    QCOMPARE(m_screen->progressText(),
             QStringLiteral("Required 0 of 3 done · Recommended 0 of 2 · 1 of 7 overall"));
    QCOMPARE(find<QLabel>("requirementProgress")->text(), m_screen->progressText());

    QTreeWidget* gaps = m_screen->gapSummary()->list();
    QCOMPARE(gaps->topLevelItemCount(), 3);
    // Overdue first, then by date, no date last.
    QCOMPARE(gaps->topLevelItem(0)->text(RequirementGapSummary::TitleColumn), Azure);
    QVERIFY(gaps->topLevelItem(0)
                ->text(RequirementGapSummary::TargetColumn)
                .endsWith(QStringLiteral("overdue")));
    QCOMPARE(gaps->topLevelItem(0)->foreground(RequirementGapSummary::TitleColumn).color(),
             gaps->topLevelItem(0)->foreground(RequirementGapSummary::TargetColumn).color());
    QVERIFY(gaps->topLevelItem(0)->foreground(0).color() != gaps->palette().color(QPalette::Text));
    QCOMPARE(gaps->topLevelItem(1)->text(RequirementGapSummary::TitleColumn), Google);
    QVERIFY(!gaps->topLevelItem(1)
                 ->text(RequirementGapSummary::TargetColumn)
                 .contains(QStringLiteral("overdue")));
    QCOMPARE(gaps->topLevelItem(2)->text(RequirementGapSummary::TitleColumn), Bachelor);
    QCOMPARE(gaps->topLevelItem(2)->text(RequirementGapSummary::TargetColumn),
             QStringLiteral("No date"));

    // Evidence changes no count and no gap: the list is not rebuilt, so the
    // user's place in it stays.
    // (A mark on the item tells it from a rebuilt one at the same address.)
    gaps->setCurrentItem(gaps->topLevelItem(1));
    gaps->topLevelItem(1)->setData(0, Qt::UserRole + 100, QStringLiteral("seen"));
    QVERIFY(model->setEvidence(requirementKey(guide, Google), QStringLiteral("Exam booked")).ok());
    QCOMPARE(gaps->topLevelItem(1)->data(0, Qt::UserRole + 100).toString(), QStringLiteral("seen"));
    QCOMPARE(gaps->currentItem(), gaps->topLevelItem(1));

    // Done items leave the gap list.
    QVERIFY(model->setData(model->indexForKey(requirementKey(guide, Azure)), Qt::Checked,
                           Qt::CheckStateRole));
    QCOMPARE(gaps->topLevelItemCount(), 2);
    QCOMPARE(m_screen->progressText(),
             QStringLiteral("Required 1 of 3 done · Recommended 0 of 2 · 2 of 7 overall"));
}

void RequirementsScreenTest::activatingAGapSelectsIt()
{
    m_screen->filterField()->setText(QStringLiteral("SQL")); // hides every gap
    QTreeWidget* gaps = m_screen->gapSummary()->list();
    QTreeWidgetItem* bachelor = gaps->findItems(Bachelor, Qt::MatchExactly).value(0);
    QVERIFY(bachelor);
    gaps->setFocus();
    gaps->setCurrentItem(bachelor);
    QTest::keyClick(gaps, Qt::Key_Return);
    QCOMPARE(m_screen->filterField()->text(), QString());
    QCOMPARE(m_screen->tree()->currentIndex().data().toString(), Bachelor);
    QCOMPARE(QApplication::focusWidget(), m_screen->tree());
    QCOMPARE(m_screen->detailPane()->requirementKey(),
             requirementKey(m_context->guide(), Bachelor));
}

void RequirementsScreenTest::keyboardReachesEveryCellAndThePane()
{
    selectTitle(Google);
    RequirementTreeView* tree = m_screen->tree();
    QTest::keyClick(tree, Qt::Key_Right);
    QCOMPARE(tree->currentIndex().column(), int(Model::StatusColumn));
    QTest::keyClick(tree, Qt::Key_Right);
    QCOMPARE(tree->currentIndex().column(), int(Model::TargetDateColumn));
    QTest::keyClick(tree, Qt::Key_Left);
    QTest::keyClick(tree, Qt::Key_Left);
    QCOMPARE(tree->currentIndex().column(), int(Model::TitleColumn));
    QTest::keyClick(tree, Qt::Key_Left); // up to the group
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Certifications"));
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(tree->currentIndex().data().toString(), Google);

    // Tab leaves the tree for the selected item's status.
    QTest::keyClick(tree, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), find<QComboBox>("statusCombo"));
}

void RequirementsScreenTest::narrowTreeGivesDateColumnsUpForTheTitles()
{
    RequirementTreeView* tree = m_screen->tree();
    QHeaderView* header = tree->header();
    const auto allShown = [header] {
        return !header->isSectionHidden(Model::TargetDateColumn) &&
               !header->isSectionHidden(Model::CompletedDateColumn);
    };
    QTRY_VERIFY(allShown()); // 1100 px: room for every column

    // A screen as on a 1024x600 display, or narrower: the completion date
    // goes first, then the target date; the title keeps a readable width.
    const int titleAtFullWidth = header->sectionSize(Model::TitleColumn);
    m_screen->resize(560, 600);
    QTRY_VERIFY(header->isSectionHidden(Model::CompletedDateColumn));
    m_screen->resize(380, 600);
    QTRY_VERIFY(header->isSectionHidden(Model::TargetDateColumn));
    QVERIFY(!header->isSectionHidden(Model::StatusColumn));
    // What the dates gave up went to the title.
    QCOMPARE(header->sectionSize(Model::TitleColumn),
             tree->viewport()->width() - header->sectionSize(Model::StatusColumn));
    QVERIFY(header->sectionSize(Model::TitleColumn) < titleAtFullWidth);

    // Right goes from the status past the hidden dates: it stays put.
    selectTitle(Google, Model::StatusColumn);
    QTest::keyClick(tree, Qt::Key_Right);
    QCOMPARE(tree->currentIndex().column(), int(Model::StatusColumn));

    // Room again: both come back, at a width that shows a whole date.
    m_screen->resize(1100, 700);
    QTRY_VERIFY(allShown());
    const QString date = shortDateText(QDate(2026, 12, 31));
    QVERIFY(header->sectionSize(Model::CompletedDateColumn) >
            tree->fontMetrics().horizontalAdvance(date));
}

void RequirementsScreenTest::readOnlyWithoutADatabase()
{
    closeScreen();
    // A file where the data folder should be: the database cannot open.
    const QString blocked = m_temp->path() + QStringLiteral("/not-a-folder");
    QFile file(blocked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    StudyContext context(blocked, TypicalGuide);
    QVERIFY(!context.hasStorage());
    RequirementsScreen screen(context);
    screen.show();
    QApplication::setActiveWindow(&screen);
    QVERIFY(QTest::qWaitForWindowActive(&screen));

    QVERIFY(screen.model()->isReadOnly());
    QCOMPARE(screen.model()->rowCount(), 3);
    const QModelIndexList found =
        screen.tree()->model()->match(screen.tree()->model()->index(0, 0), Qt::DisplayRole, Google,
                                      1, Qt::MatchExactly | Qt::MatchRecursive);
    QVERIFY(!found.isEmpty());
    screen.tree()->setFocus();
    screen.tree()->setCurrentIndex(found.first());
    QTest::keyClick(screen.tree(), Qt::Key_Space);
    QCOMPARE(found.first().data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    auto* status = screen.findChild<QComboBox*>(QStringLiteral("statusCombo"));
    auto* evidence = screen.findChild<QPlainTextEdit*>(QStringLiteral("evidenceEdit"));
    QVERIFY(!status->isEnabled());
    QVERIFY(evidence->isReadOnly());
    QVERIFY(screen.findChild<OptionalDateEdit*>(QStringLiteral("targetDateEdit"))->isReadOnly());
    // Still readable.
    QVERIFY(screen.findChild<QTextBrowser*>(QStringLiteral("descriptionBrowser"))
                ->toPlainText()
                .contains(QStringLiteral("Google Cloud")));
}

void RequirementsScreenTest::stateIsRestored()
{
    auto* splitter = find<QSplitter>("requirementsSplitter");
    splitter->setSizes({700, 400});
    m_screen->tree()->header()->resizeSection(Model::StatusColumn, 170);
    const QString path = m_temp->path() + QStringLiteral("/state.ini");
    {
        QSettings settings(path, QSettings::IniFormat);
        m_screen->saveState(settings);
        QVERIFY(settings.childGroups().contains(QStringLiteral("requirements")));
    }
    const QList<int> sizes = splitter->sizes();
    closeScreen();
    openScreen();
    QSettings settings(path, QSettings::IniFormat);
    m_screen->restoreState(settings);
    QCOMPARE(find<QSplitter>("requirementsSplitter")->sizes(), sizes);
    QCOMPARE(m_screen->tree()->header()->sectionSize(Model::StatusColumn), 170);
}

void RequirementsScreenTest::failedSaveIsReported()
{
    // A trigger stands in for a full disk: every write to the table fails.
    DirectSql sql(m_context->data()->filePath());
    QSqlQuery query = sql.query();
    QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON "
                                      "requirement_progress BEGIN SELECT RAISE(ABORT, "
                                      "'disk is full'); END")));
    QSignalSpy failed(m_screen.get(), &Screen::storageFailed);
    QSignalSpy saved(m_screen.get(), &Screen::statusMessage);
    selectTitle(Google);
    QTest::keyClick(m_screen->tree(), Qt::Key_Space);
    QCOMPARE(failed.size(), 1);
    QVERIFY(
        failed.first().first().value<ip::Error>().message.contains(QStringLiteral("disk is full")));
    QCOMPARE(saved.size(), 0);
    QCOMPARE(proxyIndexOf(Google).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    // The pane shows what is stored, not what was asked for.
    auto* combo = find<QComboBox>("statusCombo");
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(failed.size(), 2);
    QCOMPARE(combo->currentText(), QStringLiteral("Not started"));
}

QTEST_MAIN(RequirementsScreenTest)
#include "tst_requirements_screen.moc"
