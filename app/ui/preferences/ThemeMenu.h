#pragma once

#include "ui/preferences/WindowTheme.h"

#include <QMenu>

namespace ip {

// View › Theme: System, Light and Dark as radio items; the checked one is the
// theme in use, whoever changed it.
class ThemeMenu : public QMenu {
    Q_OBJECT
public:
    ThemeMenu(WindowTheme* theme, QWidget* parent = nullptr);
    QAction* action(WindowTheme::Choice choice) const;

private:
    void check(WindowTheme::Choice choice);

    QList<std::pair<WindowTheme::Choice, QAction*>> m_actions;
};

} // namespace ip
