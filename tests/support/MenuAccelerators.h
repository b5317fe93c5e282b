#pragma once

// Menus a keyboard user can walk: every item of the menu bar and of each
// menu has an accelerator letter, and no two items of one menu share one
// (in English and in each translation alike).
#include <QAction>
#include <QHash>
#include <QMenu>
#include <QMenuBar>
#include <QStringList>

namespace ip::test {

// The letter after the single '&' of a menu text, or a null character.
inline QChar acceleratorOf(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&')
                return text.at(i + 1).toLower();
            ++i; // "&&" is a literal ampersand
        }
    }
    return {};
}

inline void checkAccelerators(QMenu* menu, const QString& place, QStringList& problems)
{
    // Opened, as a user would, so menus filled on demand are checked filled.
    Q_EMIT menu->aboutToShow();
    QHash<QChar, QString> taken;
    for (const QAction* action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible() ||
            (!action->isEnabled() && !action->menu() && action->shortcut().isEmpty() &&
             menu->actions().size() == 1))
            continue; // a lone "nothing here" line
        const QChar letter = acceleratorOf(action->text());
        if (letter.isNull())
            problems << place + QStringLiteral(": no letter in ") + action->text();
        else if (taken.contains(letter))
            problems << place + QStringLiteral(": ") + action->text() + QStringLiteral(" and ") +
                            taken.value(letter) + QStringLiteral(" share ") + letter;
        else
            taken.insert(letter, action->text());
        if (action->menu())
            checkAccelerators(action->menu(), place + QStringLiteral(" › ") + action->text(),
                              problems);
    }
}

// Every problem of the menu bar and its menus, one line each.
inline QStringList acceleratorProblems(const QMenuBar* bar)
{
    QStringList problems;
    QHash<QChar, QString> menus;
    for (const QAction* action : bar->actions()) {
        const QChar letter = acceleratorOf(action->text());
        if (letter.isNull() || menus.contains(letter))
            problems << QStringLiteral("menu bar: ") + action->text();
        menus.insert(letter, action->text());
        checkAccelerators(action->menu(), action->text(), problems);
    }
    return problems;
}

} // namespace ip::test
