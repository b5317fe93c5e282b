// File › Export's guide formats, File › Print Study Sheet… and File ›
// Import › Flashcards, driven through the real window's menus and file
// dialogs: what the user typed a moment ago is in what is written, a file
// that cannot be written is reported and nothing is left behind, and an
// imported guide opens with its questions.

#include "../stories/ModalDialog.h"
#include "PdfText.h"
#include "StudyContext.h"
#include "VerifyOk.h"
#include "ui/MainWindow.h"
#include "ui/formats/FormatActions.h"
#include "ui/questions/NotesEditor.h"
#include "ui/questions/QuestionsScreen.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace ip;
using ip::test::onNextModal;

namespace {

QString guideFixture(const char* name)
{
    return QStringLiteral(IP_TEST_DATA_DIR "/guides/") + QLatin1String(name);
}

// The menu item at "File", "Export", "Anki Deck (TSV)…" (texts without '&').
QAction* menuItem(const MainWindow& window, const QStringList& path)
{
    QList<QAction*> actions = window.menuBar()->actions();
    QAction* found = nullptr;
    for (const QString& step : path) {
        found = nullptr;
        for (QAction* action : std::as_const(actions)) {
            if (action->text().remove(u'&') == step) {
                found = action;
                break;
            }
        }
        if (!found)
            return nullptr;
        if (found->menu())
            actions = found->menu()->actions();
    }
    return found;
}

// Answers the next file dialog with `path`, typed into its name field as
// the user would (selectFile() leaves a focused name field alone); `seen`
// gets the name the dialog suggested.
void answerFileDialog(const QString& path, QString* seen = nullptr)
{
    onNextModal<QFileDialog>([path, seen](QFileDialog* files) {
        auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        if (seen)
            *seen = name->text();
        name->setText(path);
        QMetaObject::invokeMethod(files, "accept");
    });
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class FormatActionsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void menusReadAsTheFileMenuShouldRead();
    void ankiDeckHasItsHeaderAndTheNoteJustTyped();
    void studySheetInMarkdownHasTheNoteJustTyped();
    void studySheetAsPdf();
    void printingPaintsTheSheetOnThePrinter();
    void flashcardsBecomeAGuideThatOpens();
    void unwritableFolderIsReportedAndNothingIsWritten();
    void flashcardsThatCannotBeReadWriteNoGuide();

private:
    QString dataDir() const { return m_temp->path() + QStringLiteral("/data"); }
    // Types into the current question's note without leaving the field:
    // the export itself has to save it.
    static QString typeNote(MainWindow& window, const QString& text);
    std::unique_ptr<QTemporaryDir> m_temp;
};

void FormatActionsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewPrepTests"));
    QCoreApplication::setApplicationName(QStringLiteral("format-actions-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void FormatActionsTest::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_temp->path());
}

QString FormatActionsTest::typeNote(MainWindow& window, const QString& text)
{
    QPlainTextEdit* editor = window.questionsScreen()->notesEditor()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, text);
    return window.questionsScreen()->currentQuestionKey();
}

void FormatActionsTest::menusReadAsTheFileMenuShouldRead()
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    const QStringList file{QStringLiteral("File")};
    QVERIFY(menuItem(window, file + QStringList{QStringLiteral("Import"),
                                                QStringLiteral("Flashcards (TSV/CSV)…")}));
    for (const QString& item :
         {QStringLiteral("Data (JSON)…"), QStringLiteral("Stories (Markdown)…"),
          QStringLiteral("Study Sheet (Markdown)…"), QStringLiteral("Study Sheet (PDF)…"),
          QStringLiteral("Anki Deck (TSV)…")})
        QVERIFY2(menuItem(window, file + QStringList{QStringLiteral("Export"), item}),
                 qPrintable(item));
    QAction* print = menuItem(window, file + QStringList{QStringLiteral("Print Study Sheet…")});
    QVERIFY(print);
    QCOMPARE(print->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
    QVERIFY(print->isEnabled());
}

void FormatActionsTest::ankiDeckHasItsHeaderAndTheNoteJustTyped()
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    typeNote(window, QStringLiteral("Partition by day"));
    const QString path = m_temp->filePath(QStringLiteral("deck.txt"));
    QString suggested;
    answerFileDialog(path, &suggested);
    QAction* anki = menuItem(window, {QStringLiteral("File"), QStringLiteral("Export"),
                                      QStringLiteral("Anki Deck (TSV)…")});
    QVERIFY(anki);
    anki->trigger();
    // Named for the guide, not "Untitled".
    QVERIFY2(suggested.endsWith(QStringLiteral("-anki.txt")) && suggested.size() > 9,
             qPrintable(suggested));

    const QStringList lines = QString::fromUtf8(contents(path)).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() > 4, qPrintable(path));
    QCOMPARE(lines.at(0), QStringLiteral("#separator:tab"));
    QCOMPARE(lines.at(1), QStringLiteral("#html:true"));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("#tags column:")));
    QCOMPARE(lines.at(3), QStringLiteral("#deck:Interview Prep::") + context.guide().title);
    const int notes = int(lines.size()) - 4;
    QCOMPARE(notes, int(context.guide().questions.size()));
    // The note typed a moment ago is in its question's back, under "My notes".
    int withNote = 0;
    for (const QString& line : lines.mid(4)) {
        const QStringList fields = line.split(u'\t');
        QCOMPARE(fields.size(), 3);
        if (fields.at(1).contains(QStringLiteral("My notes")) &&
            fields.at(1).contains(QStringLiteral("Partition by day")))
            ++withNote;
    }
    QCOMPARE(withNote, 1);
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("as an Anki deck")) &&
                 message.contains(QDir::toNativeSeparators(path)),
             qPrintable(message));
}

void FormatActionsTest::studySheetInMarkdownHasTheNoteJustTyped()
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    typeNote(window, QStringLiteral("Start from the **grain** of the table"));
    const QString path = m_temp->filePath(QStringLiteral("sheet.md"));
    answerFileDialog(path);
    menuItem(window, {QStringLiteral("File"), QStringLiteral("Export"),
                      QStringLiteral("Study Sheet (Markdown)…")})
        ->trigger();
    const QString sheet = QString::fromUtf8(contents(path));
    QVERIFY2(sheet.startsWith(QStringLiteral("# ")), qPrintable(sheet.left(200)));
    QVERIFY(sheet.contains(context.guide().title));
    QVERIFY(sheet.contains(QStringLiteral("##### My notes\n\nStart from the **grain** of the "
                                          "table")));
    QVERIFY(window.statusBar()->currentMessage().startsWith(
        QStringLiteral("Wrote the study sheet of “") + context.guide().title));
}

void FormatActionsTest::studySheetAsPdf()
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    typeNote(window, QStringLiteral("Zanzibar"));
    const QString path = m_temp->filePath(QStringLiteral("sheet.pdf"));
    answerFileDialog(path);
    menuItem(window, {QStringLiteral("File"), QStringLiteral("Export"),
                      QStringLiteral("Study Sheet (PDF)…")})
        ->trigger();
    const QByteArray pdf = contents(path);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(ip::test::PdfText::extract(pdf).contains(QStringLiteral("Zanzibar")));
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral(" page")), qPrintable(message));
}

void FormatActionsTest::printingPaintsTheSheetOnThePrinter()
{
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    typeNote(window, QStringLiteral("Kilimanjaro"));
    // What the print dialog leaves: a printer set up, here one that prints
    // to a file.
    const QString path = m_temp->filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    const Result<int> pages = window.formatActions()->printStudySheet(printer);
    IP_VERIFY_OK(pages);
    QVERIFY(pages.value() >= 1);
    const QByteArray pdf = contents(path);
    QVERIFY(pdf.startsWith("%PDF"));
    const QString text = ip::test::PdfText::extract(pdf);
    QVERIFY(text.contains(QStringLiteral("Kilimanjaro")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of")));
}

void FormatActionsTest::flashcardsBecomeAGuideThatOpens()
{
    const QString cards = m_temp->filePath(QStringLiteral("warehouse_cards.csv"));
    {
        QFile file(cards);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("What is a star schema?,A fact table joined to dimension tables.,Modelling\n"
                   "What makes a job idempotent?,Running it twice gives the same result.,"
                   "Pipelines\n"
                   "What is a slowly changing dimension?,A dimension whose rows change over "
                   "time.,Modelling\n");
    }
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QString guide = m_temp->filePath(QStringLiteral("warehouse.md"));
    QString suggested;
    QString suggestedFolder;
    // The second dialog comes once the first has closed.
    onNextModal<QFileDialog>([&](QFileDialog* files) {
        auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        onNextModal<QFileDialog>([&](QFileDialog* save) {
            auto* saveName = save->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            QVERIFY(saveName);
            suggested = saveName->text();
            suggestedFolder = save->directory().absolutePath();
            saveName->setText(guide);
            QMetaObject::invokeMethod(save, "accept");
        });
        name->setText(cards);
        QMetaObject::invokeMethod(files, "accept");
    });
    menuItem(window, {QStringLiteral("File"), QStringLiteral("Import"),
                      QStringLiteral("Flashcards (TSV/CSV)…")})
        ->trigger();

    // Suggested beside the cards, named for their title.
    QCOMPARE(suggested, QStringLiteral("warehouse cards.md"));
    QCOMPARE(suggestedFolder, QDir(m_temp->path()).absolutePath());
    QVERIFY(QFile::exists(guide));
    QVERIFY2(context.guide().fileName.endsWith(QStringLiteral("warehouse.md")),
             qPrintable(context.guide().fileName));
    QCOMPARE(context.guide().title, QStringLiteral("warehouse cards"));
    QCOMPARE(context.guide().questions.size(), 3);
    QVERIFY2(window.guideSummary()->text().contains(QStringLiteral("3 questions")),
             qPrintable(window.guideSummary()->text()));
    QCOMPARE(window.windowTitle(), context.guide().title);
    window.questionsScreen()->selectQuestion(context.guide().questions.at(1).key);
    QCOMPARE(window.questionsScreen()->currentQuestionKey(), context.guide().questions.at(1).key);
    const QString message = window.statusBar()->currentMessage();
    QCOMPARE(message, QStringLiteral("Imported 3 flashcards as questions into %1.")
                          .arg(QDir::toNativeSeparators(guide)));
}

void FormatActionsTest::unwritableFolderIsReportedAndNothingIsWritten()
{
    // A folder this process cannot write into: one without write
    // permission, or for root, whom permissions do not stop, a file standing
    // where the folder should be.
    const QString folder = m_temp->filePath(QStringLiteral("exports"));
    const bool root = ::geteuid() == 0;
    if (root) {
        QFile file(folder);
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else {
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    }
    const auto entries = [folder] {
        return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    };
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.statusBar()->clearMessage();

    const QStringList items{QStringLiteral("Anki Deck (TSV)…"),
                            QStringLiteral("Study Sheet (Markdown)…"),
                            QStringLiteral("Study Sheet (PDF)…")};
    for (const QString& item : items) {
        const QString path = folder + QStringLiteral("/deck.out");
        QString shown;
        onNextModal<QFileDialog>([&](QFileDialog* files) {
            auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            onNextModal<QMessageBox>([&shown](QMessageBox* box) {
                shown = box->text();
                box->accept();
            });
            name->setText(path);
            QMetaObject::invokeMethod(files, "accept");
        });
        menuItem(window, {QStringLiteral("File"), QStringLiteral("Export"), item})->trigger();
        QVERIFY2(shown.contains(QStringLiteral("Cannot write")), qPrintable(item + u' ' + shown));
        QVERIFY2(window.statusBar()->currentMessage().isEmpty(),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(entries(), QStringList());
    }
    if (!root)
        QVERIFY(
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

void FormatActionsTest::flashcardsThatCannotBeReadWriteNoGuide()
{
    const QString cards = m_temp->filePath(QStringLiteral("broken.tsv"));
    {
        QFile file(cards);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("A front\tA back\nA front without a back\n");
    }
    StudyContext context(dataDir(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString title = context.guide().title;
    const QString guide = m_temp->filePath(QStringLiteral("broken.md"));
    QString shown;
    onNextModal<QMessageBox>([&shown](QMessageBox* box) {
        shown = box->text();
        box->accept();
    });
    QVERIFY(!window.formatActions()->importFlashcards(cards, guide));
    QVERIFY2(shown.contains(QStringLiteral("Line 2")), qPrintable(shown));
    QVERIFY(!QFile::exists(guide));
    QCOMPARE(context.guide().title, title);
}

QTEST_MAIN(FormatActionsTest)
#include "tst_format_actions.moc"
