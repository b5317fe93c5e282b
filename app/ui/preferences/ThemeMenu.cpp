#include "ui/preferences/ThemeMenu.h"

#include <QActionGroup>

namespace ip {

ThemeMenu::ThemeMenu(WindowTheme* theme, QWidget* parent) : QMenu(tr("&Theme"), parent)
{
    auto* group = new QActionGroup(this);
    group->setExclusionPolicy(QActionGroup::ExclusionPolicy::Exclusive);
    const std::pair<WindowTheme::Choice, QString> choices[] = {
        {WindowTheme::Choice::System, tr("&System")},
        {WindowTheme::Choice::Light, tr("&Light")},
        {WindowTheme::Choice::Dark, tr("&Dark")},
    };
    for (const auto& [choice, name] : choices) {
        QAction* item = addAction(name, theme, [theme, choice] { theme->setChoice(choice); });
        item->setCheckable(true);
        item->setActionGroup(group);
        m_actions.append({choice, item});
    }
    action(WindowTheme::Choice::System)->setStatusTip(tr("The colours and style of your desktop"));
    action(WindowTheme::Choice::Light)->setStatusTip(tr("Dark text on a light background"));
    action(WindowTheme::Choice::Dark)->setStatusTip(tr("Light text on a dark background"));
    check(theme->choice());
    connect(theme, &WindowTheme::choiceChanged, this, &ThemeMenu::check);
}

QAction* ThemeMenu::action(WindowTheme::Choice choice) const
{
    for (const auto& [itemChoice, item] : m_actions) {
        if (itemChoice == choice)
            return item;
    }
    return nullptr;
}

void ThemeMenu::check(WindowTheme::Choice choice)
{
    if (QAction* item = action(choice))
        item->setChecked(true);
}

} // namespace ip
