#include "ui/StartWindow.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ip {

StartWindow::StartWindow(const QString& guideFile, QWidget* parent) : QMainWindow(parent)
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_title = new QLabel(central);
    m_summary = new QLabel(central);
    layout->addStretch();
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_summary, 0, Qt::AlignHCenter);
    layout->addStretch();
    setCentralWidget(central);
    resize(900, 600);
    showGuide(guideFile);
}

void StartWindow::showGuide(const QString& guideFile)
{
    m_title->setText(guideFile);
}

} // namespace ip
