#include "ui/library/LibraryActions.h"

#include "StudyContext.h"
#include "services/GuideParseWorker.h"
#include "services/LibraryService.h"
#include "services/StudyData.h"
#include "ui/library/GuideImport.h"
#include "ui/library/LibraryDialog.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>
#include <QTimer>
#include <QWidget>

namespace ip {

namespace {

// The local guide files and folders among dropped URLs.
QStringList droppedGuides(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        const QString suffix = info.suffix().toLower();
        if (info.isDir() || suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
            paths << info.absoluteFilePath();
    }
    return paths;
}

} // namespace

LibraryActions::LibraryActions(StudyContext& context, QWidget* window)
    : QObject(window), m_context(context), m_window(window),
      m_openFromLibrary(new QAction(tr("Open from &Library…"), this)),
      m_importGuides(new QAction(tr("&Guides…"), this))
{
    m_openFromLibrary->setShortcut(QKeySequence::Open);
    m_openFromLibrary->setStatusTip(tr("Choose a guide from the library, or add guides to it"));
    m_importGuides->setStatusTip(tr("Add guide files, or a folder of them, to the library"));
    connect(m_openFromLibrary, &QAction::triggered, this, &LibraryActions::showLibrary);
    connect(m_importGuides, &QAction::triggered, this, &LibraryActions::chooseGuides);
    // On the application: a drag goes to the widget under the pointer, and
    // a text field would take a guide file's URL as text to paste.
    window->setAcceptDrops(true);
    qApp->installEventFilter(this);
}

void LibraryActions::showLibrary()
{
    StudyData* data = m_context.data();
    const QString unavailable =
        m_context.storageError() ? m_context.storageError()->message : QString();
    // A database that can only be read still lists the library and opens
    // its guides; adding and removing then say why they cannot.
    LibraryDialog dialog(data ? &data->library() : nullptr, m_context.guide().key, unavailable,
                         m_window);
    dialog.setChangesAllowed(m_context.canSave(), unavailable);
    QString chosen;
    bool libraryChanged = false;
    connect(&dialog, &LibraryDialog::openRequested, this,
            [&chosen](const QString& path) { chosen = path; });
    connect(&dialog, &LibraryDialog::guidesAdded, this, [&](const QString& summary) {
        libraryChanged = true;
        Q_EMIT statusMessage(summary);
    });
    connect(&dialog, &LibraryDialog::guideRemoved, this, [&] { libraryChanged = true; });
    dialog.exec();
    // All guides shows what the library holds now.
    if (chosen.isEmpty() && libraryChanged && m_context.guide().isCombined())
        chosen = StudyContext::AllGuidesPath;
    // Opened once the dialog is gone: opening may ask about unsaved work.
    if (!chosen.isEmpty())
        Q_EMIT openGuideRequested(chosen);
}

void LibraryActions::includeShippedGuides()
{
    includeShippedGuides(StudyContext::includedGuidePaths());
}

void LibraryActions::includeShippedGuides(QStringList paths)
{
    StudyData* data = m_context.data();
    if (paths.isEmpty() || !data || !m_context.canSave())
        return;
    // Not inside the wait for a guide being opened or imported: it would
    // be held up, and share its Cancel.
    if (GuideParseWorker::isBusy()) {
        QTimer::singleShot(ShippedRetryMs, this, [this, paths] { includeShippedGuides(paths); });
        return;
    }
    // One guide per turn of the event loop: on a first start each is parsed
    // in the worker (a fifth of a second), and the window answers between.
    const QString path = paths.takeFirst();
    if (auto included = data->library().includeShipped({path}); !included) {
        Q_EMIT statusMessage(tr("The included guides could not be added to the library: %1")
                                 .arg(included.error().message));
        return;
    }
    // Cancelled (the window is closing): the rest wait for the next start.
    if (GuideParseWorker::wasCancelled())
        return;
    QTimer::singleShot(0, this, [this, paths] { includeShippedGuides(paths); });
}

void LibraryActions::chooseGuides()
{
    // The reader loads while the user picks files.
    GuideParseWorker::prepare();
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Import Guides"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Interview guides (*.md *.markdown);;All files (*)"));
    if (!paths.isEmpty())
        importPaths(paths);
}

void LibraryActions::importPaths(const QStringList& paths)
{
    // One parse at a time: the guide being read (at start, or being opened)
    // first; a second would take over its Cancel.
    if (!m_context.isOpen() || GuideParseWorker::isBusy()) {
        Q_EMIT statusMessage(
            tr("A guide is being read; import or drop the files again once it is open."));
        return;
    }
    StudyData* data = m_context.data();
    if (!data || !m_context.canSave()) {
        QMessageBox::warning(
            m_window, tr("Guides Not Imported"),
            tr("Guides go into the library with your data, which cannot be "
               "changed now: %1")
                .arg(m_context.storageError() ? m_context.storageError()->message : QString()));
        return;
    }
    const QStringList files = GuideImport::guideFiles(paths);
    if (files.isEmpty()) {
        Q_EMIT statusMessage(tr("No guide files (*.md) there to import."));
        return;
    }
    const GuideImport::Report report = GuideImport::run(data->library(), files, m_window);
    if (!report.problems.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Some Guides Were Not Imported"), report.summary(),
                        QMessageBox::Ok, m_window);
        box.setTextFormat(Qt::PlainText);
        box.setDetailedText(report.problems.join(u'\n'));
        box.exec();
    }
    Q_EMIT statusMessage(report.summary());
    if (files.size() == 1 && report.storedPaths.size() == 1)
        Q_EMIT openGuideRequested(report.storedPaths.first());
    else if (!report.storedPaths.isEmpty() && m_context.guide().isCombined())
        Q_EMIT openGuideRequested(StudyContext::AllGuidesPath);
}

bool LibraryActions::eventFilter(QObject* watched, QEvent* event)
{
    // Every event of the application passes here: the cheap test first.
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return false;
    if (!watched->isWidgetType() || static_cast<QWidget*>(watched)->window() != m_window)
        return false;
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto* drag = static_cast<QDropEvent*>(event);
        if (droppedGuides(drag->mimeData()).isEmpty())
            return false;
        if (event->type() == QEvent::DragEnter)
            GuideParseWorker::prepare(); // loads while the guides are dragged
        drag->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList paths = droppedGuides(drop->mimeData());
        if (paths.isEmpty())
            return false;
        drop->acceptProposedAction();
        // After the drop returns: the source's drag must not wait on the
        // parsing and the dialogs.
        QMetaObject::invokeMethod(
            this, [this, paths] { importPaths(paths); }, Qt::QueuedConnection);
        return true;
    }
    return false;
}

} // namespace ip
