#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

namespace ip {

// View › Theme: the window's colours. System, the default, leaves the
// platform's style and palette alone. Light and Dark use the Fusion style with
// a palette of our own (lightPalette, darkPalette), so a desktop that has no
// dark palette, or one the user does not want for studying, still gets it.
// The choice is kept in the settings and applied as soon as this is made, so
// no widget is painted in the wrong colours first.
class WindowTheme : public QObject {
    Q_OBJECT
public:
    enum class Choice { System, Light, Dark };
    static inline const QString SettingsKey = QStringLiteral("view/theme");

    explicit WindowTheme(QObject* parent = nullptr);

    Choice choice() const { return m_choice; }
    void setChoice(Choice choice);

    static QPalette lightPalette();
    static QPalette darkPalette();

Q_SIGNALS:
    void choiceChanged(ip::WindowTheme::Choice choice);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void apply();
    static void useStyle(const QString& name);

    Choice m_choice = Choice::System;
};

} // namespace ip
