// Focus on the Stories screen, driven with keys: Tab walks every control
// once, in the order they are seen (the list pane, the story, the side pane
// top to bottom), with no invisible stop and no trap, and Backtab walks back.
#include "ScreenFixture.h"
#include "StudyContext.h"
#include "ui/stories/StoriesScreen.h"
#include "ui/stories/StoryEditor.h"
#include "ui/stories/StoryFindingsList.h"
#include "ui/stories/StoryListModel.h"
#include "ui/stories/StoryQuestionsPanel.h"
#include "ui/stories/StoryTimingPanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ip;

namespace {

const QString TypicalGuide = QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md");

QString describe(const QWidget* widget)
{
    if (!widget)
        return QStringLiteral("<nothing>");
    QString text;
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        text = QStringLiteral(" “%1”").arg(button->text());
    return QStringLiteral("%1%2 (%3) in %4")
        .arg(QString::fromLatin1(widget->metaObject()->className()), text,
             widget->isVisible() ? QStringLiteral("visible") : QStringLiteral("hidden"),
             widget->parentWidget()
                 ? QString::fromLatin1(widget->parentWidget()->metaObject()->className())
                 : QStringLiteral("nothing"));
}

// The button showing the action whose text starts with `text`.
QToolButton* buttonFor(QWidget* in, const QString& text)
{
    for (QToolButton* button : in->findChildren<QToolButton*>()) {
        if (button->defaultAction() &&
            button->defaultAction()->text().remove(u'&').startsWith(text))
            return button;
    }
    return nullptr;
}

} // namespace

class StoriesFocusTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tabWalksTheScreenInVisualOrder();
    void focusingTheScreenPutsTheKeysOnTheList();

private:
    QTemporaryDir m_temp;
};

void StoriesFocusTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewPrepTests"));
    QCoreApplication::setApplicationName(QStringLiteral("interview-prep-story-focus-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_temp.path());
}

void StoriesFocusTest::tabWalksTheScreenInVisualOrder()
{
    QTemporaryDir dataDir;
    test::ScreenFixture<StoriesScreen> f(dataDir.path(), TypicalGuide, QSize(1200, 760));
    StoriesScreen& screen = *f.screen;
    StarStory story;
    story.title = QStringLiteral("Pipeline outage");
    story.action = QStringLiteral("We replayed the partitions.");
    story.questions = {QuestionRef{f.context->guide().key, f.context->guide().questions.at(2).key}};
    const auto created = screen.storyModel()->create(story);
    QVERIFY(created.ok());
    QVERIFY(screen.selectStory(created->id));
    // Both lists beside the story are shown: something to fix, a question.
    QVERIFY(screen.findingsList()->list()->isVisible());
    QVERIFY(screen.questionsPanel()->list()->isVisible());

    StoryEditor* editor = screen.editor();
    const QList<QWidget*> order{screen.storyList(),
                                buttonFor(&screen, QStringLiteral("New")),
                                buttonFor(&screen, QStringLiteral("Duplicate")),
                                buttonFor(&screen, QStringLiteral("Delete")),
                                editor->titleEdit(),
                                editor->tagsEdit(),
                                editor->partEdit(StoryField::Situation),
                                editor->partEdit(StoryField::Task),
                                editor->partEdit(StoryField::Action),
                                editor->partEdit(StoryField::Result),
                                screen.timingPanel()->rateBox(),
                                buttonFor(&screen, QStringLiteral("Rehearse")),
                                buttonFor(&screen, QStringLiteral("Question Coverage")),
                                screen.findingsList()->list(),
                                buttonFor(&screen, QStringLiteral("Link Questions")),
                                screen.questionsPanel()->list(),
                                screen.filterField(),
                                screen.storyList()};
    for (QWidget* stop : order)
        QVERIFY2(stop, "a control is missing");

    screen.storyList()->setFocus();
    QTRY_VERIFY(screen.storyList()->hasFocus());
    for (int step = 1; step < order.size(); ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(
            QApplication::focusWidget() == order.at(step),
            qPrintable(QStringLiteral("Tab %1 went to %2, not %3")
                           .arg(step)
                           .arg(describe(QApplication::focusWidget()), describe(order.at(step)))));
        QVERIFY(QApplication::focusWidget()->isVisible());
    }
    // Backtab walks the same stops the other way.
    for (int step = int(order.size()) - 2; step >= 0; --step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QVERIFY2(
            QApplication::focusWidget() == order.at(step),
            qPrintable(QStringLiteral("Backtab to stop %1 went to %2, not %3")
                           .arg(step)
                           .arg(describe(QApplication::focusWidget()), describe(order.at(step)))));
    }
}

void StoriesFocusTest::focusingTheScreenPutsTheKeysOnTheList()
{
    QTemporaryDir dataDir;
    test::ScreenFixture<StoriesScreen> f(dataDir.path(), TypicalGuide, QSize(1200, 760));
    f.screen->filterField()->setFocus();
    QTRY_VERIFY(f.screen->filterField()->hasFocus());
    // What the window does on Ctrl+3.
    f.screen->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(f.screen->storyList()->hasFocus());
}

QTEST_MAIN(StoriesFocusTest)
#include "tst_stories_focus.moc"
