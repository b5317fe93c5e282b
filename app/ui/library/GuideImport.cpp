#include "ui/library/GuideImport.h"

#include "services/GuideParseWorker.h"
#include "services/LibraryService.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QTextDocument>

namespace ip {

QStringList GuideImport::guideFiles(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << path;
            continue;
        }
        const QStringList names = QDir(path).entryList(
            {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files, QDir::Name);
        for (const QString& name : names)
            files << QDir(path).filePath(name);
    }
    return files;
}

QString GuideImport::Report::summary() const
{
    QStringList parts;
    if (added > 0)
        parts << (tr("Added %n guides to the library.", nullptr, added));
    if (updated > 0)
        parts << (tr("Updated %n guides.", nullptr, updated));
    if (upToDate > 0)
        parts << (tr("%n guides were up to date.", nullptr, upToDate));
    if (!problems.isEmpty())
        parts << (problems.size() == 1
                      ? tr("1 file was not added.")
                      : tr("%n files were not added.", nullptr, int(problems.size())));
    if (cancelled)
        parts << tr("The rest were left out when you cancelled.");
    return parts.join(u' ');
}

GuideImport::Report GuideImport::run(LibraryService& library, const QStringList& files,
                                     QWidget* parent)
{
    Report report;
    // Shown at once and window-modal, even for one file: a parse runs an
    // event loop while it waits for the worker, and nothing in the window
    // (another import, a restore, quitting) may run inside it.
    QProgressDialog progress(tr("Adding guides to the library…"), tr("Cancel"), 0,
                             int(files.size()), parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress,
                     [] { GuideParseWorker::cancel(); });
    GuideParseWorker::resetCancelled();
    for (qsizetype i = 0; i < files.size(); ++i) {
        progress.setValue(int(i));
        // The file name as text: a label would read a name with "<" as markup.
        progress.setLabelText(
            Qt::convertFromPlainText(tr("Reading %1…").arg(QFileInfo(files.at(i)).fileName())));
        if (progress.wasCanceled()) {
            report.cancelled = true;
            break;
        }
        const QString name = QDir::toNativeSeparators(files.at(i));
        const auto result = library.add(files.at(i));
        if (GuideParseWorker::wasCancelled()) {
            report.cancelled = true;
            break;
        }
        if (!result) {
            report.problems << tr("%1: %2").arg(name, result.error().message);
            continue;
        }
        switch (result->outcome) {
        case LibraryAddition::Outcome::Invalid: {
            int errors = 0;
            QString first;
            for (const Diagnostic& diagnostic : result->guide.diagnostics) {
                if (!diagnostic.isError())
                    continue;
                if (errors++ == 0)
                    first = diagnostic.line > 0
                                ? tr("line %1: %2").arg(diagnostic.line).arg(diagnostic.message)
                                : diagnostic.message;
            }
            report.problems << tr("%1 has errors (%2); open it to see them all.").arg(name, first);
            continue;
        }
        case LibraryAddition::Outcome::Added:
            ++report.added;
            break;
        case LibraryAddition::Outcome::Updated:
            ++report.updated;
            break;
        case LibraryAddition::Outcome::UpToDate:
            ++report.upToDate;
            break;
        }
        report.storedPaths << result->path;
        report.storedKeys << result->guide.key;
    }
    progress.setValue(int(files.size()));
    GuideParseWorker::resetCancelled();
    return report;
}

} // namespace ip
