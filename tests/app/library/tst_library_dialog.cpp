// The library in the window: the list model under QAbstractItemModelTester,
// the dialog driven with QTest (add, filter, open, remove), Ctrl+O from the
// window, and guide files dropped on it.
#include "../stories/ModalDialog.h"
#include "RetitledGuide.h"
#include "StudyContext.h"
#include "VerifyOk.h"
#include "services/LibraryService.h"
#include "services/QuestionNotes.h"
#include "services/StudyData.h"
#include "ui/MainWindow.h"
#include "ui/library/LibraryDialog.h"
#include "ui/library/LibraryListModel.h"
#include "ui/questions/NotesEditor.h"
#include "ui/questions/QuestionsScreen.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace ip;

namespace {

QString guideFixture(const char* name)
{
    return QStringLiteral(IP_TEST_DATA_DIR "/guides/") + QLatin1String(name);
}

LibraryGuide libraryGuide(const QString& key, const QString& title,
                          LibraryGuide::FileState file = LibraryGuide::FileState::Present)
{
    LibraryGuide guide;
    guide.key = key;
    guide.title = title;
    guide.path = QStringLiteral("/guides/") + key + QStringLiteral(".md");
    guide.questions = 1;
    guide.requirements = 3;
    guide.file = file;
    return guide;
}

QStringList titles(const QAbstractItemModel& model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, 0).data().toString();
    return list;
}

} // namespace

class LibraryDialogTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelListsByTitleAndSaysWhatBecameOfTheFile();
    void addingFilesListsThemAndReportsTheBadOne();
    void aFileThatCouldNotBeReadOpensAndIsTakenOffOnlyWhenAsked();
    void filterThenEnterOpensTheGuide();
    void removingKeepsTheCandidatesWork();
    void ctrlOInTheWindowOpensAGuideFromTheLibrary();
    void droppingAGuideFileImportsAndOpensIt();

private:
    // typical.md under another title: a second guide.
    QString copyOfTypical(const QString& title, const QString& fileName) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void LibraryDialogTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void LibraryDialogTest::cleanup()
{
    m_dir.reset();
}

QString LibraryDialogTest::copyOfTypical(const QString& title, const QString& fileName) const
{
    return test::retitledTypicalGuide(m_dir->path(), title, fileName);
}

void LibraryDialogTest::modelListsByTitleAndSaysWhatBecameOfTheFile()
{
    LibraryListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGuides({libraryGuide(QStringLiteral("c"), QStringLiteral("Platform")),
                     libraryGuide(QStringLiteral("a"), QStringLiteral("data engineer"),
                                  LibraryGuide::FileState::Missing),
                     libraryGuide(QStringLiteral("b"), QStringLiteral("Analyst"),
                                  LibraryGuide::FileState::Changed)},
                    QStringLiteral("c"));
    // Whatever the case.
    QCOMPARE(titles(model), (QStringList{QStringLiteral("Analyst"), QStringLiteral("data engineer"),
                                         QStringLiteral("Platform")}));
    QCOMPARE(model.index(2, 0).data(LibraryListModel::IsOpenRole).toBool(), true);
    QCOMPARE(model.index(0, 0).data(LibraryListModel::IsOpenRole).toBool(), false);
    QCOMPARE(model.index(2, 0).data(LibraryListModel::DetailsRole).toString(),
             QStringLiteral("1 question · 3 requirements"));
    QVERIFY(model.index(0, 0)
                .data(LibraryListModel::DetailsRole)
                .toString()
                .contains(QStringLiteral("changed since it was added")));
    QVERIFY(model.index(1, 0)
                .data(LibraryListModel::DetailsRole)
                .toString()
                .contains(QStringLiteral("the file is gone")));
    QCOMPARE(model.rowOfKey(QStringLiteral("a")), 1);
    QCOMPARE(model.rowOfKey(QStringLiteral("nope")), -1);
}

void LibraryDialogTest::addingFilesListsThemAndReportsTheBadOne()
{
    StudyContext context(m_dir->path(), guideFixture("typical.md"));
    QVERIFY(context.data());
    LibraryDialog dialog(&context.data()->library(), context.guide().key, QString());
    QSignalSpy added(&dialog, &LibraryDialog::guidesAdded);
    QString warning;
    QString details;
    test::onNextModal<QMessageBox>([&](QMessageBox* box) {
        warning = box->text();
        details = box->detailedText();
        box->accept();
    });
    dialog.addFiles({copyOfTypical(QStringLiteral("Analytics Engineer"), QStringLiteral("a.md")),
                     copyOfTypical(QStringLiteral("Platform Engineer"), QStringLiteral("p.md")),
                     guideFixture("bad-yaml.md")});
    QCOMPARE(warning, QStringLiteral("Added 2 guides to the library. 1 file was not added."));
    QVERIFY2(details.contains(QStringLiteral("bad-yaml.md has errors")), qPrintable(details));
    QCOMPARE(added.size(), 1);
    const QStringList listed = titles(*dialog.guideList()->model());
    QVERIFY2(listed.contains(QStringLiteral("Analytics Engineer Interview Guide")) ||
                 listed.join(u'|').contains(QStringLiteral("Analytics Engineer")),
             qPrintable(listed.join(u'|')));
    QVERIFY(listed.join(u'|').contains(QStringLiteral("Platform Engineer")));
    // The bad file is not a guide of the library, but it is listed, last,
    // as a file that could not be read.
    QAbstractItemModel* rows = dialog.guideList()->model();
    const QModelIndex last = rows->index(rows->rowCount() - 1, 0);
    QVERIFY(last.data(LibraryListModel::IsProblemRole).toBool());
    QVERIFY2(last.data(LibraryListModel::DetailsRole)
                 .toString()
                 .startsWith(QStringLiteral("Could not be read: ")),
             qPrintable(last.data(LibraryListModel::DetailsRole).toString()));
    for (int row = 0; row + 1 < rows->rowCount(); ++row)
        QVERIFY(!rows->index(row, 0).data(LibraryListModel::IsProblemRole).toBool());
    // The first one added is the one highlighted.
    QVERIFY(dialog.guideList()->currentIndex().data().toString().contains(
        QStringLiteral("Analytics Engineer")));

    // Adding the same files again changes nothing and says so.
    dialog.addFiles({m_dir->filePath(QStringLiteral("a.md"))});
    QCOMPARE(added.last().at(0).toString(), QStringLiteral("1 guide was up to date."));
}

void LibraryDialogTest::aFileThatCouldNotBeReadOpensAndIsTakenOffOnlyWhenAsked()
{
    StudyContext context(m_dir->path(), guideFixture("typical.md"));
    const auto bad = context.data()->library().add(guideFixture("bad-yaml.md"));
    IP_VERIFY_OK(bad);
    QCOMPARE(bad->outcome, LibraryAddition::Outcome::Invalid);
    LibraryDialog dialog(&context.data()->library(), context.guide().key, QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY2(dialog.statusText().contains(QStringLiteral("1 file could not be read")),
             qPrintable(dialog.statusText()));
    // Found by its file's name, marked in the list, and openable: the
    // window shows what could be read with the problems.
    QTest::keyClicks(dialog.filterField(), QStringLiteral("bad-yaml"));
    QCOMPARE(dialog.guideList()->model()->rowCount(), 1);
    const QModelIndex row = dialog.guideList()->currentIndex();
    QVERIFY(row.data(LibraryListModel::IsProblemRole).toBool());
    QVERIFY(dialog.removeButton()->isEnabled());

    // Remove… asks, and Cancel keeps it.
    int asked = 0;
    const auto answer = [&](QMessageBox::ButtonRole role) {
        test::onNextModal<QMessageBox>([&asked, role](QMessageBox* box) {
            ++asked;
            QVERIFY(box->informativeText().contains(QStringLiteral("not touched")));
            for (QAbstractButton* button : box->buttons()) {
                if (box->buttonRole(button) == role)
                    button->click();
            }
        });
    };
    answer(QMessageBox::RejectRole);
    dialog.removeButton()->click();
    QCOMPARE(asked, 1);
    QCOMPARE(context.data()->library().problems()->size(), 1);
    answer(QMessageBox::DestructiveRole);
    dialog.removeButton()->click();
    QCOMPARE(asked, 2);
    QVERIFY(context.data()->library().problems()->isEmpty());
    QVERIFY(QFile::exists(guideFixture("bad-yaml.md")));

    // Added again and opened from the list: its path goes to the window.
    IP_VERIFY_OK(context.data()->library().add(guideFixture("bad-yaml.md")));
    LibraryDialog again(&context.data()->library(), context.guide().key, QString());
    QSignalSpy open(&again, &LibraryDialog::openRequested);
    again.show();
    QVERIFY(QTest::qWaitForWindowActive(&again));
    QTest::keyClicks(again.filterField(), QStringLiteral("bad-yaml"));
    QTest::keyClick(again.filterField(), Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().at(0).toString(), bad->path);
}

void LibraryDialogTest::filterThenEnterOpensTheGuide()
{
    StudyContext context(m_dir->path(), guideFixture("typical.md"));
    const QString analytics =
        copyOfTypical(QStringLiteral("Analytics Engineer"), QStringLiteral("analytics.md"));
    IP_VERIFY_OK(context.data()->library().add(analytics));
    IP_VERIFY_OK(context.data()->library().add(
        copyOfTypical(QStringLiteral("Platform Engineer"), QStringLiteral("platform.md"))));
    LibraryDialog dialog(&context.data()->library(), context.guide().key, QString());
    QSignalSpy open(&dialog, &LibraryDialog::openRequested);
    dialog.show();
    // Focus lives only in the active window.
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTRY_VERIFY(dialog.filterField()->hasFocus());
    QTest::keyClicks(dialog.filterField(), QStringLiteral("analy"));
    QCOMPARE(dialog.guideList()->model()->rowCount(), 1);
    QVERIFY(dialog.guideList()->currentIndex().isValid());
    QTest::keyClick(dialog.filterField(), Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QFileInfo(analytics).absoluteFilePath());
    QVERIFY(!dialog.isVisible());
}

void LibraryDialogTest::removingKeepsTheCandidatesWork()
{
    StudyContext context(m_dir->path(), guideFixture("typical.md"));
    const auto added = context.data()->library().add(
        copyOfTypical(QStringLiteral("Analytics Engineer"), QStringLiteral("analytics.md")));
    IP_VERIFY_OK(added);
    const QuestionRef question{added->guide.key, added->guide.questions.first().key};
    IP_VERIFY_OK(context.data()->notes().saveMarkdown(question, QStringLiteral("keep me")));

    LibraryDialog dialog(&context.data()->library(), context.guide().key, QString());
    const int before = dialog.guides()->rowCount();
    QString asked;
    test::onNextModal<QMessageBox>([&](QMessageBox* box) {
        asked = box->informativeText();
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.guideList()->setCurrentIndex(
        dialog.guideList()->model()->index(dialog.guides()->rowOfKey(added->guide.key), 0));
    dialog.removeButton()->click();
    QVERIFY2(asked.contains(QStringLiteral("are kept")), qPrintable(asked));
    QCOMPARE(dialog.guides()->rowCount(), before - 1);
    QCOMPARE(dialog.guides()->rowOfKey(added->guide.key), -1);
    QVERIFY2(dialog.statusText().contains(QStringLiteral("your work on it is kept")),
             qPrintable(dialog.statusText()));
    const auto note = context.data()->notes().markdown(question);
    IP_VERIFY_OK(note);
    QCOMPARE(*note, QStringLiteral("keep me"));
}

void LibraryDialogTest::ctrlOInTheWindowOpensAGuideFromTheLibrary()
{
    StudyContext context(m_dir->path(), guideFixture("typical.md"));
    const auto added = context.data()->library().add(
        copyOfTypical(QStringLiteral("Analytics Engineer"), QStringLiteral("analytics.md")));
    IP_VERIFY_OK(added);
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    test::onNextModal<LibraryDialog>([&](LibraryDialog* dialog) {
        QTest::keyClicks(dialog->filterField(), QStringLiteral("analytics"));
        QTest::keyClick(dialog->filterField(), Qt::Key_Return);
    });
    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
    QTRY_COMPARE(context.guide().key, added->guide.key);
    QVERIFY(window.windowTitle().contains(QStringLiteral("Analytics Engineer")));
}

void LibraryDialogTest::droppingAGuideFileImportsAndOpensIt()
{
    StudyContext context(m_dir->path(), guideFixture("typical.md"));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString platform =
        copyOfTypical(QStringLiteral("Platform Engineer"), QStringLiteral("platform.md"));
    QMimeData mime;
    // As file managers offer it: the URL, and the same as text, which a
    // text field under the pointer would paste.
    mime.setUrls({QUrl::fromLocalFile(platform)});
    mime.setText(QUrl::fromLocalFile(platform).toString());
    QPlainTextEdit* notes = window.questionsScreen()->notesEditor()->editor();
    QWidget* target = notes->viewport();
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(notes->toPlainText().isEmpty());
    QTRY_VERIFY(window.windowTitle().contains(QStringLiteral("Platform Engineer")));
    const auto guides = context.data()->library().entries();
    IP_VERIFY_OK(guides);
    QVERIFY(std::any_of(guides->cbegin(), guides->cend(),
                        [&](const LibraryGuide& g) { return g.key == context.guide().key; }));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Added 1 guide")),
             qPrintable(window.statusBar()->currentMessage()));

    // Text that is no guide file is not taken.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent other(QPoint(50, 50), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    other.ignore();
    QApplication::sendEvent(&window, &other);
    QVERIFY(!other.isAccepted());
}

QTEST_MAIN(LibraryDialogTest)
#include "tst_library_dialog.moc"
