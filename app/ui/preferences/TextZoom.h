#pragma once

#include <QFont>
#include <QObject>

namespace ip {

// The size of all text in the window, as a percentage of the desktop's font
// size: View › Zoom In (Ctrl++), Zoom Out (Ctrl+-), Actual Size (Ctrl+0) and
// the Preferences dialog set it; it is kept in the settings and applied to
// the application font, so every widget follows.
class TextZoom : public QObject {
    Q_OBJECT
public:
    static constexpr int MinimumPercent = 80;
    static constexpr int MaximumPercent = 200;
    static constexpr int StepPercent = 10;
    static inline const QString SettingsKey = QStringLiteral("view/textSizePercent");

    // Applies the stored size to the application font at once.
    explicit TextZoom(QObject* parent = nullptr);

    int percent() const { return m_percent; }
    void setPercent(int percent);
    void zoomIn() { setPercent(m_percent + StepPercent); }
    void zoomOut() { setPercent(m_percent - StepPercent); }
    void reset() { setPercent(100); }

Q_SIGNALS:
    void percentChanged(int percent);

private:
    void apply();

    // The desktop's font, the 100% every size is taken from; remembered so
    // that zooming in and out again ends exactly where it started.
    QFont m_baseFont;
    int m_percent = 100;
};

} // namespace ip
