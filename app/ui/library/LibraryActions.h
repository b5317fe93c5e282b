#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace ip {

class StudyContext;

// The window's ways into the library: File › Open from Library… (Ctrl+O,
// the library dialog), File › Import › Guides… (files or a folder), and
// guide files or folders dropped on the window. Owned by the window.
class LibraryActions : public QObject {
    Q_OBJECT
public:
    LibraryActions(StudyContext& context, QWidget* window);

    QAction* openFromLibraryAction() const { return m_openFromLibrary; }
    QAction* importGuidesAction() const { return m_importGuides; }

    void showLibrary();
    // Adds the guide files (or folders of them) to the library; one guide
    // added alone is opened, as a file opened by hand would be.
    void importPaths(const QStringList& paths);

Q_SIGNALS:
    void openGuideRequested(const QString& path);
    void statusMessage(const QString& message);

protected:
    // Drops of guide files on the window.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void chooseGuides();

    StudyContext& m_context;
    QWidget* m_window;
    QAction* m_openFromLibrary;
    QAction* m_importGuides;
};

} // namespace ip
