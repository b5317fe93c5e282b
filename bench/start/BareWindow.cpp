// The yardstick of bench/start: a bare Qt 6 Widgets application of the
// app's shape (a main window with a menu bar and a list, at the size the
// app opens at), nothing else. The app's start is measured against it.
#include "ExposeReport.h"

#include <QApplication>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    QMenu* file = window.menuBar()->addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&Open…"));
    file->addSeparator();
    file->addAction(QStringLiteral("&Quit"), &app, &QApplication::quit);
    window.menuBar()->addMenu(QStringLiteral("&Edit"))->addAction(QStringLiteral("&Copy"));
    window.menuBar()->addMenu(QStringLiteral("&Help"))->addAction(QStringLiteral("&About"));

    auto* list = new QListWidget;
    // As many rows as the shipped guide has questions.
    for (int i = 1; i <= 85; ++i)
        list->addItem(QStringLiteral("Question %1").arg(i));
    window.setCentralWidget(list);
    // The app's first size: the available screen, at most 1280×800.
    window.resize(window.screen()->availableSize().boundedTo(QSize(1280, 800)));
    window.show();
    ip::bench::reportWhenExposed(window);
    return app.exec();
}
