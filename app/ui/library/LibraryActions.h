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

    // How soon adding the included guides is tried again while a guide is
    // being read.
    static constexpr int ShippedRetryMs = 250;

    void showLibrary();
    // Puts the guides that come with the program into the library when it
    // lacks them (a first start, a new version); silent unless it fails.
    void includeShippedGuides();
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
    void includeShippedGuides(QStringList paths);

    StudyContext& m_context;
    QWidget* m_window;
    QAction* m_openFromLibrary;
    QAction* m_importGuides;
};

} // namespace ip
