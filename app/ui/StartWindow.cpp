#include "ui/StartWindow.h"

#include "content/GuideParser.h"

#include <QFile>
#include <QFont>
#include <QLabel>
#include <QVBoxLayout>

namespace ip {

namespace {

// The shipped guide is compiled into the program, so it opens even when the
// app runs from a folder without its sources.
const QString ShippedGuide = QStringLiteral(":/content/ml-engineer.md");

Guide loadGuide(const QString& path)
{
    if (path.isEmpty()) {
        QFile file(ShippedGuide);
        if (file.open(QIODevice::ReadOnly))
            return GuideParser::parse(file.readAll(), QStringLiteral("ml-engineer.md"));
    }
    return GuideParser::parseFile(path.isEmpty() ? ShippedGuide : path);
}

} // namespace

StartWindow::StartWindow(const QString& guideFile, QWidget* parent) : QMainWindow(parent)
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_title = new QLabel(central);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_summary = new QLabel(central);
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addStretch();
    setCentralWidget(central);
    resize(900, 600);
    showGuide(guideFile);
}

void StartWindow::showGuide(const QString& guideFile)
{
    const Guide guide = loadGuide(guideFile);
    setWindowTitle(guide.title);
    m_title->setText(guide.title);
    QStringList lines;
    lines << tr("%1 questions in %2 categories")
                 .arg(guide.questions.size())
                 .arg(guide.categories.size());
    lines << tr("%1 requirements").arg(guide.requirementCount());
    for (const Diagnostic& diagnostic : guide.diagnostics) {
        lines << tr("Line %1: %2: %3")
                     .arg(diagnostic.line)
                     .arg(Diagnostic::severityName(diagnostic.severity), diagnostic.message);
    }
    m_summary->setText(lines.join(u'\n'));
}

} // namespace ip
