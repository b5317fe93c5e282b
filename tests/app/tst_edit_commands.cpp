// The Edit menu acts on the focused field and is enabled only where its
// command would do something.

#include "ui/EditCommands.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <memory>

using namespace ip;

class EditCommandsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void lineEditUndoCutAndPaste();
    void plainTextEditorSelectAllCopyAndRedo();
    void readOnlyViewOffersCopyOnly();
    void nothingIsEnabledOutsideATextField();

private:
    std::unique_ptr<QWidget> m_window;
    QMenu* m_menu = nullptr;
    EditCommands* m_commands = nullptr;
    QLineEdit* m_line = nullptr;
    QPlainTextEdit* m_plain = nullptr;
    QTextBrowser* m_view = nullptr;
    QListWidget* m_list = nullptr;
};

void EditCommandsTest::init()
{
    QGuiApplication::clipboard()->clear();
    m_window = std::make_unique<QWidget>();
    auto* layout = new QVBoxLayout(m_window.get());
    m_line = new QLineEdit(m_window.get());
    m_plain = new QPlainTextEdit(m_window.get());
    m_view = new QTextBrowser(m_window.get());
    m_view->setPlainText(QStringLiteral("A model answer to read"));
    m_list = new QListWidget(m_window.get());
    m_list->addItem(QStringLiteral("a question"));
    for (QWidget* widget : {static_cast<QWidget*>(m_line), static_cast<QWidget*>(m_plain),
                            static_cast<QWidget*>(m_view), static_cast<QWidget*>(m_list)})
        layout->addWidget(widget);
    m_menu = new QMenu(m_window.get());
    m_commands = new EditCommands(m_menu);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void EditCommandsTest::cleanup()
{
    m_window.reset();
}

void EditCommandsTest::lineEditUndoCutAndPaste()
{
    m_line->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_line);
    QVERIFY(!m_commands->undo()->isEnabled());
    QVERIFY(!m_commands->selectAll()->isEnabled()); // nothing to select yet
    QTest::keyClicks(m_line, QStringLiteral("cred ABC-123"));
    QVERIFY(m_commands->undo()->isEnabled());
    QVERIFY(!m_commands->cut()->isEnabled()); // nothing selected

    m_commands->selectAll()->trigger();
    QVERIFY(m_commands->cut()->isEnabled());
    m_commands->cut()->trigger();
    QCOMPARE(m_line->text(), QString());
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("cred ABC-123"));
    QVERIFY(m_commands->paste()->isEnabled());

    m_commands->undo()->trigger();
    QCOMPARE(m_line->text(), QStringLiteral("cred ABC-123"));
    m_line->clear();
    m_commands->paste()->trigger();
    QCOMPARE(m_line->text(), QStringLiteral("cred ABC-123"));
}

void EditCommandsTest::plainTextEditorSelectAllCopyAndRedo()
{
    m_plain->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_plain);
    QTest::keyClicks(m_plain, QStringLiteral("Situation"));
    QVERIFY(!m_commands->copy()->isEnabled());
    m_commands->selectAll()->trigger();
    QVERIFY(m_commands->copy()->isEnabled());
    m_commands->copy()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Situation"));

    QVERIFY(!m_commands->redo()->isEnabled());
    m_commands->undo()->trigger();
    QCOMPARE(m_plain->toPlainText(), QString());
    QVERIFY(m_commands->redo()->isEnabled());
    m_commands->redo()->trigger();
    QCOMPARE(m_plain->toPlainText(), QStringLiteral("Situation"));
}

void EditCommandsTest::readOnlyViewOffersCopyOnly()
{
    QGuiApplication::clipboard()->setText(QStringLiteral("on the clipboard"));
    m_view->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_view);
    QVERIFY(m_commands->selectAll()->isEnabled());
    m_commands->selectAll()->trigger();
    QVERIFY(m_commands->copy()->isEnabled());
    QVERIFY(!m_commands->cut()->isEnabled());
    QVERIFY(!m_commands->paste()->isEnabled());
    QVERIFY(!m_commands->undo()->isEnabled());
    m_commands->copy()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("A model answer to read"));
}

void EditCommandsTest::nothingIsEnabledOutsideATextField()
{
    QGuiApplication::clipboard()->setText(QStringLiteral("on the clipboard"));
    m_line->setFocus();
    QTest::keyClicks(m_line, QStringLiteral("typed"));
    QVERIFY(m_commands->paste()->isEnabled());
    m_list->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_list);
    for (QAction* action : m_menu->actions())
        QVERIFY2(action->isSeparator() || !action->isEnabled(), qPrintable(action->text()));
    // Triggered anyway (as a shortcut might), it changes no field.
    m_commands->paste()->trigger();
    QCOMPARE(m_line->text(), QStringLiteral("typed"));
}

QTEST_MAIN(EditCommandsTest)
#include "tst_edit_commands.moc"
