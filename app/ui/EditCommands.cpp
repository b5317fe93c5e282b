#include "ui/EditCommands.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace ip {

namespace {

// What each command could do in the focused field right now.
struct EditStates {
    bool undo = false;
    bool redo = false;
    bool cut = false;
    bool copy = false;
    bool paste = false;
    bool selectAll = false;
};

bool clipboardHasText()
{
    return !QGuiApplication::clipboard()->text().isEmpty();
}

EditStates statesOf(const QLineEdit* field)
{
    const bool writable = !field->isReadOnly();
    // A password's characters must not leave the field.
    const bool visible = field->echoMode() == QLineEdit::Normal;
    const bool selected = field->hasSelectedText();
    return {writable && field->isUndoAvailable(), writable && field->isRedoAvailable(),
            writable && selected && visible,      selected && visible,
            writable && clipboardHasText(),       !field->text().isEmpty()};
}

// QTextEdit and QPlainTextEdit share these members without a common base.
template <typename Editor> EditStates statesOfEditor(const Editor* editor)
{
    const bool writable = !editor->isReadOnly();
    const bool selected = editor->textCursor().hasSelection();
    const QTextDocument* document = editor->document();
    return {writable && document->isUndoAvailable(),
            writable && document->isRedoAvailable(),
            writable && selected,
            selected,
            writable && editor->canPaste(),
            !document->isEmpty()};
}

template <typename Editor>
QList<QMetaObject::Connection> watchEditor(Editor* editor, EditCommands* commands,
                                           void (EditCommands::*update)())
{
    const auto refresh = [commands, update] { (commands->*update)(); };
    return {QObject::connect(editor, &Editor::textChanged, commands, refresh),
            QObject::connect(editor, &Editor::selectionChanged, commands, refresh),
            QObject::connect(editor, &Editor::undoAvailable, commands, refresh),
            QObject::connect(editor, &Editor::redoAvailable, commands, refresh)};
}

} // namespace

EditCommands::EditCommands(QMenu* menu) : QObject(menu)
{
    const auto add = [this, menu](const QString& text, QKeySequence::StandardKey key,
                                  const char* slot) {
        QAction* action = menu->addAction(text, this, [this, slot] { invoke(slot); });
        action->setShortcuts(key);
        return action;
    };
    m_undo = add(tr("&Undo"), QKeySequence::Undo, "undo");
    m_redo = add(tr("&Redo"), QKeySequence::Redo, "redo");
    menu->addSeparator();
    m_cut = add(tr("Cu&t"), QKeySequence::Cut, "cut");
    m_copy = add(tr("&Copy"), QKeySequence::Copy, "copy");
    m_paste = add(tr("&Paste"), QKeySequence::Paste, "paste");
    menu->addSeparator();
    m_selectAll = add(tr("Select &All"), QKeySequence::SelectAll, "selectAll");

    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget*, QWidget* now) { follow(now); });
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            &EditCommands::updateStates);
    follow(QApplication::focusWidget());
}

void EditCommands::follow(QWidget* focused)
{
    // Opening the menu itself must not take the field away from its commands.
    if (qobject_cast<QMenu*>(focused) || qobject_cast<QMenuBar*>(focused))
        return;
    for (const QMetaObject::Connection& connection : std::as_const(m_targetConnections))
        disconnect(connection);
    m_targetConnections.clear();
    m_target = nullptr;

    if (auto* line = qobject_cast<QLineEdit*>(focused)) {
        m_target = line;
        m_targetConnections = {
            connect(line, &QLineEdit::textChanged, this, &EditCommands::updateStates),
            connect(line, &QLineEdit::selectionChanged, this, &EditCommands::updateStates)};
    } else if (auto* text = qobject_cast<QTextEdit*>(focused)) {
        m_target = text;
        m_targetConnections = watchEditor(text, this, &EditCommands::updateStates);
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(focused)) {
        m_target = plain;
        m_targetConnections = watchEditor(plain, this, &EditCommands::updateStates);
    }
    updateStates();
}

void EditCommands::updateStates()
{
    EditStates states;
    if (const auto* line = qobject_cast<const QLineEdit*>(m_target.data()))
        states = statesOf(line);
    else if (const auto* text = qobject_cast<const QTextEdit*>(m_target.data()))
        states = statesOfEditor(text);
    else if (const auto* plain = qobject_cast<const QPlainTextEdit*>(m_target.data()))
        states = statesOfEditor(plain);
    m_undo->setEnabled(states.undo);
    m_redo->setEnabled(states.redo);
    m_cut->setEnabled(states.cut);
    m_copy->setEnabled(states.copy);
    m_paste->setEnabled(states.paste);
    m_selectAll->setEnabled(states.selectAll);
}

void EditCommands::invoke(const char* slot)
{
    if (!m_target)
        return;
    // Every supported field has these as public slots of the same names.
    QMetaObject::invokeMethod(m_target.data(), slot);
    updateStates();
}

} // namespace ip
