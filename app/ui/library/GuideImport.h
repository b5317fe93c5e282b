#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace ip {

class LibraryService;

// Adds guide files to the library from the window: chosen in a dialog,
// a folder's guides, or dropped on the window. Each file is parsed on its
// own (a bad one never stops the others), with a progress dialog when there
// are several.
class GuideImport {
    Q_DECLARE_TR_FUNCTIONS(GuideImport)

public:
    struct Report {
        // The guides now in the library from these files, in the order given.
        QStringList storedPaths;
        QStringList storedKeys;
        // One sentence per file that was not added, saying why.
        QStringList problems;
        int added = 0;
        int updated = 0;
        int upToDate = 0;
        bool cancelled = false;
        // "Added 2 guides to the library; 1 was up to date." and the like.
        QString summary() const;
    };

    // The guide files among paths: files as given, a folder's *.md and
    // *.markdown files (not its subfolders), sorted by name.
    static QStringList guideFiles(const QStringList& paths);

    static Report run(LibraryService& library, const QStringList& files, QWidget* parent);
};

} // namespace ip
