#include "ui/preferences/WindowTheme.h"

#include "ui/preferences/ThemeStyle.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>

namespace ip {

namespace {

// The platform's own look, taken once before any theme of ours replaces it: a
// second window (or a test) must not take our palette for the system's.
struct SystemLook {
    QString styleName;
    QPalette palette;
};

const SystemLook& systemLook()
{
    static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

QString settingsName(WindowTheme::Choice choice)
{
    switch (choice) {
    case WindowTheme::Choice::Light:
        return QStringLiteral("light");
    case WindowTheme::Choice::Dark:
        return QStringLiteral("dark");
    case WindowTheme::Choice::System:
        break;
    }
    return QStringLiteral("system");
}

WindowTheme::Choice storedChoice()
{
    const QString stored = QSettings().value(WindowTheme::SettingsKey).toString();
    if (stored == settingsName(WindowTheme::Choice::Light))
        return WindowTheme::Choice::Light;
    if (stored == settingsName(WindowTheme::Choice::Dark))
        return WindowTheme::Choice::Dark;
    return WindowTheme::Choice::System;
}

// Sets a role in every colour group, then greys the disabled group's text.
struct PaletteValues {
    QColor window, windowText, base, alternateBase, text, button, light, midlight, mid, dark,
        shadow, highlight, highlightedText, link, linkVisited, placeholder, toolTipBase,
        toolTipText, disabledText;

    QPalette palette() const
    {
        QPalette p;
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, windowText);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, alternateBase);
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, button);
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::BrightText, QColor(Qt::white));
        p.setColor(QPalette::Light, light);
        p.setColor(QPalette::Midlight, midlight);
        p.setColor(QPalette::Mid, mid);
        p.setColor(QPalette::Dark, dark);
        p.setColor(QPalette::Shadow, shadow);
        p.setColor(QPalette::Highlight, highlight);
        p.setColor(QPalette::HighlightedText, highlightedText);
        p.setColor(QPalette::Link, link);
        p.setColor(QPalette::LinkVisited, linkVisited);
        p.setColor(QPalette::PlaceholderText, placeholder);
        p.setColor(QPalette::ToolTipBase, toolTipBase);
        p.setColor(QPalette::ToolTipText, toolTipText);
        for (const QPalette::ColorRole role :
             {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText,
              QPalette::PlaceholderText})
            p.setColor(QPalette::Disabled, role, disabledText);
        // A selection in a window that is not active stays visible, less
        // loud: the highlight mixed halfway into the base.
        QColor inactive;
        inactive.setRgbF((highlight.redF() + base.redF()) / 2,
                         (highlight.greenF() + base.greenF()) / 2,
                         (highlight.blueF() + base.blueF()) / 2);
        p.setColor(QPalette::Inactive, QPalette::Highlight, inactive);
        p.setColor(QPalette::Inactive, QPalette::HighlightedText, text);
        return p;
    }
};

} // namespace

WindowTheme::WindowTheme(QObject* parent) : QObject(parent), m_choice(storedChoice())
{
    systemLook();
    if (m_choice != Choice::System)
        apply();
    qApp->installEventFilter(this);
}

void WindowTheme::setChoice(Choice choice)
{
    if (choice == m_choice)
        return;
    m_choice = choice;
    QSettings().setValue(SettingsKey, settingsName(choice));
    apply();
    Q_EMIT choiceChanged(m_choice);
}

void WindowTheme::apply()
{
    const SystemLook& system = systemLook();
    switch (m_choice) {
    case Choice::System:
        useStyle(system.styleName);
        QApplication::setPalette(system.palette);
        break;
    case Choice::Light:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        break;
    case Choice::Dark:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
}

void WindowTheme::useStyle(const QString& name)
{
    // A new style polishes every widget again: not for Light to Dark.
    const bool ours = name.compare(QStringLiteral("Fusion"), Qt::CaseInsensitive) == 0;
    QStyle* current = QApplication::style();
    if (ours ? qobject_cast<ThemeStyle*>(current) != nullptr
             : current->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle* style = ours ? new ThemeStyle : QStyleFactory::create(name))
        QApplication::setStyle(style);
}

bool WindowTheme::eventFilter(QObject* watched, QEvent* event)
{
    // A desktop may put its own palette on every application when its colour
    // scheme changes (Plasma does), which would leave the window in the
    // desktop's colours with Dark still checked. Such a palette is replaced
    // by ours again; one of our own (another window's choice) is left alone,
    // so two choices can never undo each other in turn.
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange &&
        m_choice != Choice::System) {
        const QPalette now = QApplication::palette();
        if (now != lightPalette() && now != darkPalette())
            QTimer::singleShot(0, this, [this] {
                if (m_choice != Choice::System)
                    apply();
            });
    }
    return QObject::eventFilter(watched, event);
}

QPalette WindowTheme::lightPalette()
{
    // Text at 15:1 and more on its background, the secondary text (headings,
    // placeholders) above WCAG AA's 4.5:1 (tests/app/tst_window_theme.cpp).
    return PaletteValues{.window = QColor(0xef, 0xef, 0xef),
                         .windowText = QColor(0x1d, 0x1d, 0x1d),
                         .base = QColor(0xff, 0xff, 0xff),
                         .alternateBase = QColor(0xf4, 0xf4, 0xf4),
                         .text = QColor(0x1d, 0x1d, 0x1d),
                         .button = QColor(0xe6, 0xe6, 0xe6),
                         .light = QColor(0xff, 0xff, 0xff),
                         .midlight = QColor(0xdc, 0xdc, 0xdc),
                         .mid = QColor(0xb4, 0xb4, 0xb4),
                         .dark = QColor(0x9a, 0x9a, 0x9a),
                         .shadow = QColor(0x6e, 0x6e, 0x6e),
                         .highlight = QColor(0x2a, 0x64, 0xb3),
                         .highlightedText = QColor(0xff, 0xff, 0xff),
                         .link = QColor(0x1a, 0x56, 0xa8),
                         .linkVisited = QColor(0x6a, 0x3d, 0xa8),
                         .placeholder = QColor(0x5f, 0x5f, 0x5f),
                         .toolTipBase = QColor(0xff, 0xfb, 0xdc),
                         .toolTipText = QColor(0x1d, 0x1d, 0x1d),
                         .disabledText = QColor(0x9a, 0x9a, 0x9a)}
        .palette();
}

QPalette WindowTheme::darkPalette()
{
    // Not black: a dark grey base keeps the lighter text from glaring, and
    // the window a step lighter than the lists sets them apart.
    return PaletteValues{.window = QColor(0x2d, 0x2d, 0x2d),
                         .windowText = QColor(0xe4, 0xe4, 0xe4),
                         .base = QColor(0x1f, 0x1f, 0x1f),
                         .alternateBase = QColor(0x27, 0x27, 0x27),
                         .text = QColor(0xe4, 0xe4, 0xe4),
                         .button = QColor(0x3a, 0x3a, 0x3a),
                         .light = QColor(0x55, 0x55, 0x55),
                         .midlight = QColor(0x46, 0x46, 0x46),
                         .mid = QColor(0x2a, 0x2a, 0x2a),
                         .dark = QColor(0x1a, 0x1a, 0x1a),
                         .shadow = QColor(0x0c, 0x0c, 0x0c),
                         .highlight = QColor(0x2a, 0x64, 0xb3),
                         .highlightedText = QColor(0xff, 0xff, 0xff),
                         .link = QColor(0x86, 0xb6, 0xf2),
                         .linkVisited = QColor(0xc1, 0x9e, 0xf0),
                         .placeholder = QColor(0xa8, 0xa8, 0xa8),
                         .toolTipBase = QColor(0x3a, 0x3a, 0x3a),
                         .toolTipText = QColor(0xe4, 0xe4, 0xe4),
                         .disabledText = QColor(0x7c, 0x7c, 0x7c)}
        .palette();
}

} // namespace ip
