#pragma once

#include <QMainWindow>

class QLabel;

namespace ip {

// The first window: shows which guide is open and what it holds. The study
// screens replace it.
class StartWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit StartWindow(const QString& guideFile, QWidget* parent = nullptr);

private:
    void showGuide(const QString& guideFile);

    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace ip
