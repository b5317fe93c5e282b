// The candidate edits the open guide in another editor: the window reads it
// again within a second, on the same question and requirement, with every
// note where it was, and an edit that breaks the file leaves the guide shown
// until the file is fixed. Driven through the real window.
#include "StudyContext.h"
#include "ui/GuideFileWatcher.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/questions/NotesEditor.h"
#include "ui/questions/QuestionsScreen.h"
#include "ui/requirements/RequirementChecklistModel.h"
#include "ui/requirements/RequirementsScreen.h"

#include <QApplication>
#include <QFile>
#include <QListView>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace ip;

namespace {

// Well under a second after the save, with room for a loaded machine.
constexpr int ReloadTimeoutMs = 2000;

QByteArray fixtureBytes()
{
    QFile file(QStringLiteral(IP_TEST_DATA_DIR "/guides/typical.md"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// As most editors save: a new file beside the old, renamed over it.
bool replaceFile(const QString& path, const QByteArray& bytes)
{
    const QString temporary = path + QStringLiteral(".tmp");
    return writeFile(temporary, bytes) && std::rename(QFile::encodeName(temporary).constData(),
                                                      QFile::encodeName(path).constData()) == 0;
}

// The text from one heading to the next one of the same level.
QByteArray section(const QByteArray& text, const QByteArray& heading)
{
    const qsizetype start = text.indexOf(heading);
    const qsizetype end = text.indexOf("\n#### ", start + 1);
    return text.mid(start, end < 0 ? -1 : end + 1 - start);
}

QStringList listRows(MainWindow& window)
{
    QStringList rows;
    const QAbstractItemModel* model = window.questionsScreen()->questionList()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        rows << model->index(row, 0).data().toString();
    return rows;
}

int currentRow(MainWindow& window)
{
    return window.questionsScreen()->questionList()->currentIndex().row();
}

QString shownNote(MainWindow& window)
{
    return window.questionsScreen()->notesEditor()->editor()->toPlainText();
}

// Read beside the running app with a connection of the test's own.
QString storedNote(const QString& dataDir, const QString& key)
{
    QString text = QStringLiteral("<none>");
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stored-note"));
        db.setDatabaseName(dataDir + QStringLiteral("/interview-prep.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(
                QStringLiteral("SELECT markdown FROM question_note WHERE question_key = ?"));
            query.addBindValue(key);
            if (query.exec() && query.next())
                text = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("stored-note"));
    return text;
}

const QByteArray IdempotentPrompt = "How do you make a pipeline idempotent?";
// The same words, so the same key (FORMAT.md): the note stays with it.
const QByteArray IdempotentEdited = "How do you make a Pipeline Idempotent?";

} // namespace

class GuideReloadTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void editShowsOnTheSameQuestionWithTheNoteTyped();
    void reorderedQuestionsKeepTheirNotesAndTheSelection();
    void fileReplacedByRenameIsStillFollowed();
    void brokenEditKeepsTheGuideUntilFixed();
    void requirementSelectionAndScreenAreKept();

private:
    QString dataDir() const { return m_temp->path() + QStringLiteral("/data"); }
    // Selects the question whose list row shows this prompt.
    static QString selectPrompt(MainWindow& window, const QByteArray& prompt);
    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_guide;
    QByteArray m_original;
};

void GuideReloadTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InterviewPrepTests"));
    QCoreApplication::setApplicationName(QStringLiteral("guide-reload-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void GuideReloadTest::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_temp->path());
    m_original = fixtureBytes();
    QVERIFY(m_original.contains(IdempotentPrompt));
    m_guide = m_temp->filePath(QStringLiteral("typical.md"));
    QVERIFY(writeFile(m_guide, m_original));
}

QString GuideReloadTest::selectPrompt(MainWindow& window, const QByteArray& prompt)
{
    const QStringList rows = listRows(window);
    for (int row = 0; row < rows.size(); ++row) {
        if (rows.at(row).contains(QString::fromUtf8(prompt))) {
            QListView* list = window.questionsScreen()->questionList();
            list->setCurrentIndex(list->model()->index(row, 0));
            return window.questionsScreen()->currentQuestionKey();
        }
    }
    return {};
}

void GuideReloadTest::editShowsOnTheSameQuestionWithTheNoteTyped()
{
    StudyContext context(dataDir(), m_guide);
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showScreen(MainWindow::QuestionsIndex);
    const QString key = selectPrompt(window, IdempotentPrompt);
    QVERIFY(!key.isEmpty());
    const int row = currentRow(window);
    QVERIFY(row > 0); // not the question a new screen selects by itself

    // Typed, not yet saved, when the file changes.
    QPlainTextEdit* editor = window.questionsScreen()->notesEditor()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Overwrite partitions"));
    QVERIFY(writeFile(m_guide, QByteArray(m_original).replace(IdempotentPrompt, IdempotentEdited)));

    QTRY_VERIFY_WITH_TIMEOUT(
        listRows(window).join(u'\n').contains(QString::fromUtf8(IdempotentEdited)),
        ReloadTimeoutMs);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(window.currentScreen(), int(MainWindow::QuestionsIndex));
    QCOMPARE(window.questionsScreen()->currentQuestionKey(), key);
    QCOMPARE(currentRow(window), row);
    QCOMPARE(shownNote(window), QStringLiteral("Overwrite partitions"));
    QCOMPARE(storedNote(dataDir(), key), QStringLiteral("Overwrite partitions"));
    QVERIFY(!window.guideMessages()->isVisible() ||
            window.guideMessages()->kind() != MessageBar::Kind::Error);
}

void GuideReloadTest::reorderedQuestionsKeepTheirNotesAndTheSelection()
{
    const QByteArray first = section(m_original, "#### Question 1:");
    const QByteArray second = section(m_original, "#### Question 2:");
    QVERIFY(second.contains(IdempotentPrompt));
    QByteArray swapped = m_original;
    swapped.replace(first + second, second + first);
    QVERIFY(swapped != m_original);

    StudyContext context(dataDir(), m_guide);
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showScreen(MainWindow::QuestionsIndex);
    const QString key = selectPrompt(window, IdempotentPrompt);
    QCOMPARE(currentRow(window), 1);
    QVERIFY(window.questionsScreen()->notesEditor()->editor()->isEnabled());
    window.questionsScreen()->notesEditor()->editor()->setPlainText(QStringLiteral("Merge keys"));
    QVERIFY(window.questionsScreen()->notesEditor()->commit());

    QVERIFY(writeFile(m_guide, swapped));
    QTRY_VERIFY_WITH_TIMEOUT(
        listRows(window).value(0).contains(QString::fromUtf8(IdempotentPrompt)), ReloadTimeoutMs);
    // The selection followed the question to its new place.
    QCOMPARE(window.questionsScreen()->currentQuestionKey(), key);
    QCOMPARE(currentRow(window), 0);
    QCOMPARE(shownNote(window), QStringLiteral("Merge keys"));
    // The question now where it was has no note.
    QListView* list = window.questionsScreen()->questionList();
    list->setCurrentIndex(list->model()->index(1, 0));
    QVERIFY(window.questionsScreen()->currentQuestionKey() != key);
    QCOMPARE(shownNote(window), QString());
    QCOMPARE(storedNote(dataDir(), key), QStringLiteral("Merge keys"));
}

void GuideReloadTest::fileReplacedByRenameIsStillFollowed()
{
    StudyContext context(dataDir(), m_guide);
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showScreen(MainWindow::QuestionsIndex);
    const QString key = selectPrompt(window, IdempotentPrompt);

    QVERIFY(
        replaceFile(m_guide, QByteArray(m_original).replace(IdempotentPrompt, IdempotentEdited)));
    QTRY_VERIFY_WITH_TIMEOUT(
        listRows(window).join(u'\n').contains(QString::fromUtf8(IdempotentEdited)),
        ReloadTimeoutMs);
    QCOMPARE(window.questionsScreen()->currentQuestionKey(), key);

    // The watch moved to the new file: a second save, in place, is seen too.
    const QByteArray again = "How do you make a pipeline IDEMPOTENT?";
    QVERIFY(writeFile(m_guide, QByteArray(m_original).replace(IdempotentPrompt, again)));
    QTRY_VERIFY_WITH_TIMEOUT(listRows(window).join(u'\n').contains(QString::fromUtf8(again)),
                             ReloadTimeoutMs);
    // And a second replacement.
    QVERIFY(replaceFile(m_guide, m_original));
    QTRY_VERIFY_WITH_TIMEOUT(
        listRows(window).join(u'\n').contains(QString::fromUtf8(IdempotentPrompt)),
        ReloadTimeoutMs);
    QCOMPARE(window.questionsScreen()->currentQuestionKey(), key);
}

void GuideReloadTest::brokenEditKeepsTheGuideUntilFixed()
{
    StudyContext context(dataDir(), m_guide);
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showScreen(MainWindow::QuestionsIndex);
    const QString key = selectPrompt(window, IdempotentPrompt);
    const QStringList before = listRows(window);
    const QString title = window.windowTitle();

    // A quote left open in the front matter: not YAML any more.
    const QByteArray broken = QByteArray(m_original)
                                  .replace("term: \"Data Engineer\"", "term: \"Data Engineer")
                                  .replace(IdempotentPrompt, IdempotentEdited);
    QVERIFY(broken != m_original);
    QVERIFY(writeFile(m_guide, broken));
    QTRY_VERIFY_WITH_TIMEOUT(window.guideMessages()->isVisible(), ReloadTimeoutMs);
    QCOMPARE(window.guideMessages()->kind(), MessageBar::Kind::Error);
    QVERIFY2(window.guideMessages()->summary().contains(QStringLiteral("typical.md")),
             qPrintable(window.guideMessages()->summary()));
    QVERIFY(!window.guideMessages()->details().isEmpty());
    QVERIFY(!QApplication::activeModalWidget());
    // What was studied stays as it was.
    QCOMPARE(listRows(window), before);
    QCOMPARE(window.windowTitle(), title);
    QCOMPARE(window.questionsScreen()->currentQuestionKey(), key);
    QCOMPARE(context.guideFile(), m_guide);

    // Fixed: read again, and the bar goes.
    QVERIFY(writeFile(m_guide, QByteArray(m_original).replace(IdempotentPrompt, IdempotentEdited)));
    QTRY_VERIFY_WITH_TIMEOUT(
        listRows(window).join(u'\n').contains(QString::fromUtf8(IdempotentEdited)),
        ReloadTimeoutMs);
    QVERIFY(!window.guideMessages()->isVisible() ||
            window.guideMessages()->kind() != MessageBar::Kind::Error);
    QCOMPARE(window.questionsScreen()->currentQuestionKey(), key);
}

void GuideReloadTest::requirementSelectionAndScreenAreKept()
{
    StudyContext context(dataDir(), m_guide);
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showScreen(MainWindow::RequirementsIndex);
    // The last item, not the first one a new screen selects by itself.
    RequirementsScreen* requirements = window.requirementsScreen();
    const QString first = requirements->currentRequirementKey();
    const QAbstractItemModel* model = requirements->model();
    const QModelIndex lastGroup = model->index(model->rowCount() - 1, 0);
    const QString chosen = model->index(model->rowCount(lastGroup) - 1, 0, lastGroup)
                               .data(RequirementChecklistModel::KeyRole)
                               .toString();
    QVERIFY(!chosen.isEmpty());
    QVERIFY(requirements->selectRequirement(chosen));
    QVERIFY(chosen != first);
    QCOMPARE(requirements->currentRequirementKey(), chosen);

    QVERIFY(writeFile(m_guide, QByteArray(m_original).replace(IdempotentPrompt, IdempotentEdited)));
    QTRY_VERIFY_WITH_TIMEOUT(
        listRows(window).join(u'\n').contains(QString::fromUtf8(IdempotentEdited)),
        ReloadTimeoutMs);
    QCOMPARE(window.currentScreen(), int(MainWindow::RequirementsIndex));
    QCOMPARE(window.requirementsScreen()->currentRequirementKey(), chosen);
}

QTEST_MAIN(GuideReloadTest)
#include "tst_guide_reload.moc"
