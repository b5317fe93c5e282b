// Text from a guide or a story is shown as the text it is, everywhere the
// window shows it: "a < b > c" reads as typed, "<b>x</b>" is not bold and
// "<img src=x>" draws no image. The guide and the story below put that text
// (and an ESC byte) in every field a user sees, and each place is checked for
// what it shows.
#include "StudyContext.h"
#include "model/StarStory.h"
#include "stories/ModalDialog.h"
#include "ui/MainWindow.h"
#include "ui/questions/QuestionView.h"
#include "ui/questions/QuestionsScreen.h"
#include "ui/requirements/RequirementChecklistModel.h"
#include "ui/requirements/RequirementDetailPane.h"
#include "ui/requirements/RequirementGapSummary.h"
#include "ui/requirements/RequirementTreeView.h"
#include "ui/requirements/RequirementsScreen.h"
#include "ui/stories/LinkedStoriesList.h"
#include "ui/stories/QuestionPickerDialog.h"
#include "ui/stories/RehearsalDialog.h"
#include "ui/stories/StoriesScreen.h"
#include "ui/stories/StoryCoverageView.h"
#include "ui/stories/StoryEditor.h"
#include "ui/stories/StoryListModel.h"
#include "ui/stories/StoryPickerDialog.h"
#include "ui/stories/StoryQuestionsPanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

using namespace ip;

namespace {

// The markup a guide or a story may hold, all in one string.
const QString Markup = QStringLiteral("a < b > c <b>x</b> <img src=x> \x1b[31m");
const QStringList MarkupParts{QStringLiteral("a < b > c"), QStringLiteral("<b>x</b>"),
                              QStringLiteral("<img src=x>")};

// Markup as a guide author writes it to be read as text: Markdown itself
// would take "<b>" as HTML and drop it, so the tags are escaped; the parsed
// guide then holds exactly Markup.
QByteArray guideText()
{
    const QByteArray markup = "a < b > c \\<b>x\\</b> \\<img src=x> \x1b[31m";
    QByteArray text = "---\n"
                      "term: \"Guide a < b > c <b>x</b> <img src=x> \\e[31m\"\n"
                      "---\n"
                      "\n"
                      "## Overview of Requirements and Recommendations\n"
                      "\n"
                      "### Group " +
                      markup +
                      "\n"
                      "\n"
                      "- **Required**: Usually asked for:\n"
                      "  - **Cert " +
                      markup +
                      "**: What it proves.\n"
                      "\n"
                      "## Interview Questions and Answers\n"
                      "\n"
                      "### Behavioral " +
                      markup + " Questions\n\n";
    // One question more than a story should answer, so the coverage view
    // warns about the story by its title.
    for (int number = 1; number <= 5; ++number) {
        text += "#### Question " + QByteArray::number(number) + ": Prompt " +
                QByteArray::number(number) + ' ' + markup +
                "?\n\n**Answer**: Say what you did.\n\n";
    }
    return text;
}

// True when the label shows its text as typed: plain text, or (for a label
// that mixes our markup with the user's) escaped with no live tag left.
bool showsLiterally(const QLabel* label)
{
    const QString text = label->text();
    if (label->textFormat() == Qt::PlainText)
        return true;
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich)
        return true;
    return !text.contains(QLatin1String("<img")) && !text.contains(QLatin1String("<b>x"));
}

// Every label under root that carries user text shows it literally.
void verifyLabelsUnder(const QWidget* root)
{
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        const bool userText =
            std::any_of(MarkupParts.cbegin(), MarkupParts.cend(),
                        [&](const QString& part) { return label->text().contains(part); });
        if (userText)
            QVERIFY2(showsLiterally(label), qPrintable(label->text()));
    }
}

// The visible label whose text is exactly text (or contains it), plain.
void verifyPlainLabel(const QWidget* root, const QString& text, bool exact = true)
{
    const QLabel* found = nullptr;
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (exact ? label->text() == text : label->text().contains(text)) {
            found = label;
            break;
        }
    }
    QVERIFY2(found, qPrintable(QStringLiteral("no label shows: ") + text));
    QCOMPARE(found->textFormat(), Qt::PlainText);
}

// A tooltip is shown as rich text when it looks like it; it must then hold
// the text escaped.
void verifyToolTip(const QString& toolTip, const QString& text)
{
    if (!Qt::mightBeRichText(toolTip)) {
        QVERIFY2(toolTip.contains(text), qPrintable(toolTip));
        return;
    }
    QTextDocument shown;
    shown.setHtml(toolTip);
    QVERIFY2(shown.toPlainText().contains(text), qPrintable(toolTip));
    QVERIFY2(!toolTip.contains(QLatin1String("<img")), qPrintable(toolTip));
}

} // namespace

class PlainTextTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void guideAndStoryTextIsShownAsText();

private:
    std::unique_ptr<QTemporaryDir> m_temp;
};

void PlainTextTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewPrepTests"));
    QCoreApplication::setApplicationName(QStringLiteral("interview-prep-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void PlainTextTest::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_temp->path());
}

void PlainTextTest::guideAndStoryTextIsShownAsText()
{
    const QString guidePath = m_temp->filePath(QStringLiteral("markup.md"));
    QFile file(guidePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(guideText());
    file.close();

    StudyContext context(m_temp->filePath(QStringLiteral("data")), guidePath);
    const Guide& guide = context.guide();
    QCOMPARE(guide.questions.size(), 5);
    QCOMPARE(guide.requirementGroups.size(), 1);
    const Question& first = guide.questions.first();
    const Requirement& cert = guide.requirementGroups.first().items.first();
    // The parser keeps the text as written, so each place below gets all of
    // it to show.
    for (const QString& part : MarkupParts) {
        QVERIFY2(first.prompt.contains(part), qPrintable(first.prompt));
        QVERIFY2(first.category.contains(part), qPrintable(first.category));
        QVERIFY2(cert.title.contains(part), qPrintable(cert.title));
        QVERIFY2(guide.requirementGroups.first().name.contains(part),
                 qPrintable(guide.requirementGroups.first().name));
        QVERIFY2(guide.title.contains(part), qPrintable(guide.title));
    }

    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // The window title and the status bar name the guide as text.
    QCOMPARE(window.windowTitle(), guide.title);
    QVERIFY2(window.guideSummary()->text().contains(guide.title),
             qPrintable(window.guideSummary()->text()));
    QCOMPARE(window.guideSummary()->textFormat(), Qt::PlainText);

    StarStory draft;
    draft.title = QStringLiteral("Story ") + Markup;
    draft.tags = {QStringLiteral("tag ") + Markup, QStringLiteral("<i>t</i>")};
    draft.situation = QStringLiteral("The build broke.");
    for (const Question& question : guide.questions)
        draft.questions << QuestionRef{guide.key, question.key};
    StoryListModel* stories = window.storiesScreen()->storyModel();
    const auto created = stories->create(draft);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    const StarStory story = created.value();
    QCOMPARE(story.title, draft.title);
    const QString tagsText = draft.tags.join(QStringLiteral(", "));

    // Questions: the list, the prompt and its category, the linked stories.
    window.showScreen(MainWindow::QuestionsIndex);
    QuestionsScreen* questions = window.questionsScreen();
    questions->selectQuestion(first.key);
    const QString listed = QStringLiteral("1. ") + first.prompt;
    const QModelIndex current = questions->questionList()->currentIndex();
    QCOMPARE(current.data(Qt::DisplayRole).toString(), listed);
    verifyToolTip(current.data(Qt::ToolTipRole).toString(), first.prompt);
    verifyPlainLabel(questions->questionView(), first.prompt);
    verifyPlainLabel(questions->questionView(), QStringLiteral("Question 1 · ") + first.category);
    QCOMPARE(questions->categoryFilter()->itemText(1), first.category);
    QCOMPARE(questions->linkedStories()->titles(), QStringList{story.title});
    verifyLabelsUnder(&window);

    // The story picker quotes the question and lists the story with its tags.
    bool pickerSeen = false;
    ip::test::onNextModal<StoryPickerDialog>([&](StoryPickerDialog* dialog) {
        pickerSeen = true;
        verifyPlainLabel(dialog, listed, false);
        verifyLabelsUnder(dialog);
        QCOMPARE(dialog->list()->count(), 1);
        QCOMPARE(dialog->list()->item(0)->text(), story.title + QStringLiteral("  ·  ") + tagsText);
        verifyToolTip(dialog->list()->item(0)->toolTip(), story.title);
        dialog->reject();
    });
    questions->answerWithStory();
    QVERIFY(pickerSeen);

    // Requirements: the tree, the detail pane's title and subtitle, the gaps.
    window.showScreen(MainWindow::RequirementsIndex);
    RequirementsScreen* requirements = window.requirementsScreen();
    QVERIFY(requirements->selectRequirement(cert.key));
    const QModelIndex certIndex = requirements->tree()->currentIndex();
    QCOMPARE(certIndex.data(Qt::DisplayRole).toString(), cert.title);
    verifyToolTip(certIndex.data(Qt::ToolTipRole).toString(), cert.title);
    verifyToolTip(certIndex.parent()
                      .siblingAtColumn(RequirementChecklistModel::StatusColumn)
                      .data(Qt::ToolTipRole)
                      .toString(),
                  guide.requirementGroups.first().name);
    verifyPlainLabel(requirements->detailPane(), cert.title);
    verifyPlainLabel(requirements->detailPane(), guide.requirementGroups.first().name, false);
    auto* gaps = requirements->gapSummary()->findChild<QTreeWidget*>();
    QVERIFY(gaps);
    QCOMPARE(gaps->topLevelItemCount(), 1);
    QCOMPARE(gaps->topLevelItem(0)->text(0), cert.title);
    verifyToolTip(gaps->topLevelItem(0)->toolTip(0), cert.title);
    verifyLabelsUnder(&window);

    // Stories: the list, the editor, the questions it answers.
    window.showScreen(MainWindow::StoriesIndex);
    StoriesScreen* storiesScreen = window.storiesScreen();
    QVERIFY(storiesScreen->selectStory(story.id));
    const QModelIndex storyIndex = storiesScreen->storyList()->currentIndex();
    QCOMPARE(storyIndex.data(Qt::DisplayRole).toString(), story.title);
    QCOMPARE(storyIndex.data(StoryListModel::TagsRole).toStringList(), draft.tags);
    verifyToolTip(storyIndex.data(Qt::ToolTipRole).toString(), story.title);
    verifyToolTip(storyIndex.data(Qt::ToolTipRole).toString(), tagsText);
    QCOMPARE(storiesScreen->editor()->titleEdit()->text(), story.title);
    QCOMPARE(storiesScreen->editor()->tagsEdit()->text(), tagsText);
    auto* answered = storiesScreen->questionsPanel()->findChild<QListWidget*>();
    QVERIFY(answered);
    QCOMPARE(answered->item(0)->text(), listed);
    verifyToolTip(answered->item(0)->toolTip(), first.category);
    verifyLabelsUnder(&window);

    // The question picker quotes the story and lists the prompts.
    pickerSeen = false;
    ip::test::onNextModal<QuestionPickerDialog>([&](QuestionPickerDialog* dialog) {
        pickerSeen = true;
        verifyPlainLabel(dialog, story.title, false);
        verifyLabelsUnder(dialog);
        QCOMPARE(dialog->list()->item(0)->text(), listed);
        verifyToolTip(dialog->list()->item(0)->toolTip(), first.prompt);
        auto* category = dialog->findChild<QComboBox*>();
        QVERIFY(category);
        QCOMPARE(category->itemText(1), first.category);
        dialog->reject();
    });
    storiesScreen->linkQuestions();
    QVERIFY(pickerSeen);

    // Rehearsal: the title in the window title and large on the page.
    bool rehearsalSeen = false;
    ip::test::onNextModal<RehearsalDialog>([&](RehearsalDialog* dialog) {
        rehearsalSeen = true;
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Rehearse: ") + story.title);
        verifyPlainLabel(dialog, story.title);
        verifyLabelsUnder(dialog);
        dialog->reject();
    });
    storiesScreen->rehearse();
    QVERIFY(rehearsalSeen);

    // Coverage: the prompts, the story under each, the warning naming it.
    bool coverageSeen = false;
    ip::test::onNextModal<StoryCoverageView>([&](StoryCoverageView* view) {
        coverageSeen = true;
        QTreeWidget* tree = view->tree();
        QCOMPARE(tree->topLevelItemCount(), 5);
        QCOMPARE(tree->topLevelItem(0)->text(0), listed);
        verifyToolTip(tree->topLevelItem(0)->toolTip(0), first.prompt);
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), story.title);
        verifyPlainLabel(view, story.title, false); // it answers too many questions
        verifyLabelsUnder(view);
        view->reject();
    });
    storiesScreen->showCoverage();
    QVERIFY(coverageSeen);

    // The delete confirmation names the story as text; cancelled here.
    bool confirmationSeen = false;
    ip::test::onNextModal<QMessageBox>([&](QMessageBox* box) {
        confirmationSeen = true;
        // Closed first, so a failed check below cannot leave it open.
        const QString text = box->text();
        const Qt::TextFormat format = box->textFormat();
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(format, Qt::PlainText);
        // A long title is shortened with "…" (the list shows it whole); what
        // is shown of it, markup included, is the title's own text.
        const QString shown = story.title.left(20);
        QVERIFY(shown.contains(u'<'));
        QVERIFY2(text.contains(shown), qPrintable(text));
        verifyLabelsUnder(box);
    });
    storiesScreen->deleteStory();
    QVERIFY(confirmationSeen);
    QCOMPARE(stories->rowCount(), 1);
    window.close();
}

QTEST_MAIN(PlainTextTest)
#include "tst_plain_text.moc"
