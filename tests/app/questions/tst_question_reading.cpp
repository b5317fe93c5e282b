// What the Questions screen gives to read: tables in answers with a grid and
// a shaded header, words kept whole in a narrow pane; a preview that says
// there are no notes yet rather than showing an empty box; counts that read
// right for one question.
#include "QuestionsScreenFixture.h"
#include "ui/questions/NotesEditor.h"
#include "ui/questions/QuestionView.h"
#include "ui/questions/QuestionsScreen.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

using namespace ip;

namespace {

using ScreenFixture = test::QuestionsScreenFixture;

const QString TableAnswer =
    QStringLiteral("Read the two errors together:\n\n"
                   "| Symptom | Likely problem | What helps |\n"
                   "|---|---|---|\n"
                   "| Train and validation error both high | High bias | More features, more "
                   "capacity, less regularisation, longer training |\n"
                   "| Train error low, validation error high | High variance | More data, "
                   "regularisation, simpler models, early stopping |\n");

Question tableQuestion()
{
    Question question;
    question.key = QStringLiteral("guide/bias-variance");
    question.number = 2;
    question.category = QStringLiteral("Technical");
    question.prompt = QStringLiteral("What is the bias-variance trade-off?");
    question.parts << QuestionPart{QStringLiteral("Answer"), TableAnswer, {}, {}};
    return question;
}

QTextTable* firstTable(QTextDocument* document)
{
    const QList<QTextFrame*> frames = document->rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        if (auto* table = qobject_cast<QTextTable*>(frame))
            return table;
    }
    return nullptr;
}

// Where the layout broke a line of a table cell inside a word: the text
// around each such break, empty when every line ends at a space or a hyphen.
QStringList midWordBreaks(QTextTable* table)
{
    QStringList breaks;
    for (int row = 0; row < table->rows(); ++row) {
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            for (QTextBlock block = cell.firstCursorPosition().block();
                 block.isValid() && block.position() <= cell.lastCursorPosition().position();
                 block = block.next()) {
                const QString text = block.text();
                const QTextLayout* layout = block.layout();
                for (int i = 0; i + 1 < layout->lineCount(); ++i) {
                    const QTextLine line = layout->lineAt(i);
                    const int end = line.textStart() + line.textLength();
                    if (end <= 0 || end >= text.size())
                        continue;
                    const QChar before = text.at(end - 1);
                    const QChar after = text.at(end);
                    if (!before.isSpace() && !after.isSpace() && before != u'-')
                        breaks << text.mid(qMax(0, end - 8), 16);
                }
            }
        }
    }
    return breaks;
}

int tableLineCount(QTextTable* table)
{
    int lines = 0;
    for (int row = 0; row < table->rows(); ++row) {
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            for (QTextBlock block = cell.firstCursorPosition().block();
                 block.isValid() && block.position() <= cell.lastCursorPosition().position();
                 block = block.next())
                lines += block.layout()->lineCount();
        }
    }
    return lines;
}

// A guide of the given questions, each with a short answer.
QString writeGuide(const QString& folder, int questions)
{
    QString text = QStringLiteral("---\nterm: \"Small Guide\"\ncategory: \"Technical\"\n---\n\n"
                                  "# Small Guide\n\n## Interview Questions and Answers\n\n"
                                  "### Technical Questions\n\n");
    for (int number = 1; number <= questions; ++number)
        text += QStringLiteral("#### Question %1: What is thing number %1?\n\n**Answer**:\n"
                               "It is the thing numbered %1.\n\n")
                    .arg(number);
    const QString path = folder + QStringLiteral("/small.md");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text.toUtf8());
    return path;
}

} // namespace

class QuestionReadingTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void answerTablesHaveAGridAndAShadedHeader();
    void wordsInATableStayWholeInANarrowPane();
    void previewWithoutNotesSaysHowToWriteSome();
    void countReadsRightForOneQuestion();
};

void QuestionReadingTest::answerTablesHaveAGridAndAShadedHeader()
{
    QuestionView view;
    view.resize(700, 500);
    const Question question = tableQuestion();
    view.setQuestion(&question);
    view.setAnswerRevealed(true);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QTextTable* table = firstTable(view.answerBrowser()->document());
    QVERIFY(table);
    QCOMPARE(table->rows(), 3);
    const QTextTableFormat format = table->format();
    QVERIFY(format.border() >= 1);
    QCOMPARE(format.cellSpacing(), 0.0);
    QVERIFY(format.borderCollapse());
    QCOMPARE(format.borderStyle(), QTextFrameFormat::BorderStyle_Solid);

    // The header row is shaded, the body rows are not, and the shade is
    // neither the page nor the text colour.
    const QColor base = view.answerBrowser()->palette().color(QPalette::Base);
    const QColor text = view.answerBrowser()->palette().color(QPalette::Text);
    const QBrush header = table->cellAt(0, 0).format().background();
    QCOMPARE(header.style(), Qt::SolidPattern);
    QVERIFY(header.color() != base);
    QVERIFY(header.color() != text);
    QCOMPARE(table->cellAt(1, 0).format().background().style(), Qt::NoBrush);
}

void QuestionReadingTest::wordsInATableStayWholeInANarrowPane()
{
    QuestionView view;
    view.resize(300, 600); // the centre pane at 1024 px with wide side panes
    const Question question = tableQuestion();
    view.setQuestion(&question);
    view.setAnswerRevealed(true);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTextBrowser* answer = view.answerBrowser();
    QCOMPARE(answer->wordWrapMode(), QTextOption::WordWrap);
    QTextTable* table = firstTable(answer->document());
    QVERIFY(table);
    answer->document()->documentLayout()->documentSize(); // lays it out
    QVERIFY(tableLineCount(table) > 3 * 3);               // the narrow pane made cells wrap
    const QStringList breaks = midWordBreaks(table);
    QVERIFY2(breaks.isEmpty(), qPrintable(breaks.join(QStringLiteral(" | "))));
}

void QuestionReadingTest::previewWithoutNotesSaysHowToWriteSome()
{
    QTemporaryDir dataDir;
    ScreenFixture f(dataDir.path());
    NotesEditor* notes = f.screen->notesEditor();
    QVERIFY(notes->editor()->toPlainText().isEmpty());
    QTest::keyClick(f.screen->questionList(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(notes->isPreviewVisible());
    QCOMPARE(notes->preview()->toPlainText().trimmed(),
             QStringLiteral("No notes yet. Press Ctrl+E to write some."));

    // Spaces alone are no notes either; words are shown as written.
    QTest::keyClick(f.screen->questionList(), Qt::Key_E, Qt::ControlModifier);
    QTest::keyClicks(notes->editor(), QStringLiteral("   "));
    notes->setPreviewVisible(true);
    QVERIFY(notes->preview()->toPlainText().startsWith(QStringLiteral("No notes yet")));
    notes->setPreviewVisible(false);
    QTest::keyClicks(notes->editor(), QStringLiteral("**bold** point"));
    notes->setPreviewVisible(true);
    QCOMPARE(notes->preview()->toPlainText().trimmed(), QStringLiteral("bold point"));
}

void QuestionReadingTest::countReadsRightForOneQuestion()
{
    QTemporaryDir dataDir;
    const QString single = writeGuide(dataDir.path(), 1);
    QVERIFY(!single.isEmpty());
    {
        test::ScreenFixture<QuestionsScreen> f(dataDir.path() + QStringLiteral("/one"), single,
                                               QSize(1200, 700));
        auto* count = f.screen->findChild<QLabel*>(QStringLiteral("questionCount"));
        QVERIFY(count);
        QCOMPARE(f.screen->questionList()->model()->rowCount(), 1);
        QCOMPARE(count->text(), QStringLiteral("1 question"));
        QTest::keyClicks(f.screen->filterField(), QStringLiteral("nothing like this"));
        QTRY_COMPARE(count->text(), QStringLiteral("0 of 1 question"));
    }
    {
        ScreenFixture f(dataDir.path() + QStringLiteral("/typical"));
        auto* count = f.screen->findChild<QLabel*>(QStringLiteral("questionCount"));
        QVERIFY(count);
        const int total = f.screen->questionList()->model()->rowCount();
        QVERIFY(total > 1);
        QCOMPARE(count->text(), QStringLiteral("%1 questions").arg(total));
        QTest::keyClicks(f.screen->filterField(), QStringLiteral("slowly changing"));
        QTRY_COMPARE(count->text(), QStringLiteral("1 of %1 questions").arg(total));
    }
}

QTEST_MAIN(QuestionReadingTest)
#include "tst_question_reading.moc"
