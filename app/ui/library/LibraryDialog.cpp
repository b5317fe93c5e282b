#include "ui/library/LibraryDialog.h"

#include "services/LibraryService.h"
#include "ui/FilterFieldNavigation.h"
#include "ui/library/GuideImport.h"
#include "ui/library/LibraryItemDelegate.h"
#include "ui/library/LibraryListModel.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ip {

LibraryDialog::LibraryDialog(LibraryService* library, const QString& openKey,
                             const QString& unavailableReason, QWidget* parent)
    : QDialog(parent), m_library(library), m_openKey(openKey),
      m_unavailableReason(unavailableReason), m_model(new LibraryListModel(this)),
      m_filtered(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)),
      m_list(new QListView(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Library"));
    m_filtered->setSourceModel(m_model);
    m_filtered->setFilterRole(LibraryListModel::FilterTextRole);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter guides by title or key"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter guides"));
    m_list->setModel(m_filtered);
    m_list->setItemDelegate(new LibraryItemDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Guides in the library"));
    FilterFieldNavigation::install(m_filter, m_list, FilterFieldNavigation::Enter::LeftToField);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_add = buttons->addButton(tr("&Add Guides…"), QDialogButtonBox::ActionRole);
    m_remove = buttons->addButton(tr("&Remove…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_open->setDefault(true);
    connect(m_open, &QPushButton::clicked, this, &LibraryDialog::openCurrent);
    connect(m_add, &QPushButton::clicked, this, &LibraryDialog::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &LibraryDialog::confirmRemove);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListView::activated, this, &LibraryDialog::openCurrent);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LibraryDialog::updateButtons);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filtered->setFilterFixedString(text.trimmed());
        if (!m_list->currentIndex().isValid() && m_filtered->rowCount() > 0)
            m_list->setCurrentIndex(m_filtered->index(0, 0));
        updateButtons();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 480);
    reload(openKey);
    m_filter->setFocus();
}

QString LibraryDialog::statusText() const
{
    return m_status->text();
}

QString LibraryDialog::currentKey() const
{
    return m_list->currentIndex().data(LibraryListModel::KeyRole).toString();
}

void LibraryDialog::reload(const QString& selectKey)
{
    const QString keep = selectKey.isEmpty() ? currentKey() : selectKey;
    if (!m_library) {
        m_model->setGuides({}, m_openKey);
        m_status->setText(
            tr("The library needs your data, which is not available: %1").arg(m_unavailableReason));
        updateButtons();
        return;
    }
    const auto guides = m_library->entries();
    if (!guides) {
        m_model->setGuides({}, m_openKey);
        m_status->setText(tr("The library could not be read: %1").arg(guides.error().message));
        updateButtons();
        return;
    }
    // Problems are an addition to the list: failing to read them hides
    // no guide.
    const auto problems = m_library->problems();
    m_model->setGuides(*guides, m_openKey, problems ? *problems : QList<LibraryProblem>());
    QString status =
        guides->isEmpty()
            ? tr("The library holds no guides yet: add guide files with Add "
                 "Guides…, or drop them on the window.")
            : (guides->size() == 1 ? tr("1 guide in the library.")
                                   : tr("%n guides in the library.", nullptr, int(guides->size())));
    if (problems && !problems->isEmpty())
        status += u' ' + (problems->size() == 1
                              ? tr("1 file could not be read; open it to see what could.")
                              : tr("%n files could not be read; open one to see what could.",
                                   nullptr, int(problems->size())));
    else if (!problems)
        status += u' ' + tr("The files that could not be read cannot be listed: %1")
                             .arg(problems.error().message);
    m_status->setText(status);
    const int row = m_model->rowOfKey(keep);
    const QModelIndex shown = m_filtered->mapFromSource(m_model->index(row < 0 ? 0 : row, 0));
    // Filtered out: the first guide the filter shows, so Enter still opens.
    m_list->setCurrentIndex(shown.isValid() ? shown : m_filtered->index(0, 0));
    updateButtons();
}

void LibraryDialog::setChangesAllowed(bool allowed, const QString& reason)
{
    m_changesAllowed = allowed;
    const QString why = allowed ? QString() : tr("Your data can only be read now: %1").arg(reason);
    m_add->setToolTip(why);
    m_remove->setToolTip(why);
    updateButtons();
}

void LibraryDialog::updateButtons()
{
    const QModelIndex current = m_list->currentIndex();
    const bool chosen = current.isValid();
    const bool changes = m_library && m_changesAllowed;
    m_open->setEnabled(chosen);
    // The guide open now would come back at once: the window keeps it in
    // the library while it shows it.
    // An included guide would come back at the next start.
    m_remove->setEnabled(changes && chosen &&
                         !current.data(LibraryListModel::IsOpenRole).toBool() &&
                         !current.data(LibraryListModel::IsShippedRole).toBool());
    m_add->setEnabled(changes);
}

void LibraryDialog::openCurrent()
{
    const QModelIndex current = m_filtered->mapToSource(m_list->currentIndex());
    // A file that could not be read opens too: the window shows what could
    // be read, and the problems.
    const QString path = m_model->pathAt(current.row());
    if (path.isEmpty())
        return;
    accept();
    Q_EMIT openRequested(path);
}

void LibraryDialog::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add Guides to the Library"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Interview guides (*.md *.markdown);;All files (*)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void LibraryDialog::addFiles(const QStringList& paths)
{
    if (!m_library)
        return;
    const GuideImport::Report report =
        GuideImport::run(*m_library, GuideImport::guideFiles(paths), this);
    reload(report.storedKeys.isEmpty() ? QString() : report.storedKeys.first());
    if (!report.problems.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Some Guides Were Not Added"), report.summary(),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.setDetailedText(report.problems.join(u'\n'));
        box.exec();
    }
    Q_EMIT guidesAdded(report.summary());
}

void LibraryDialog::confirmRemove()
{
    const QModelIndex current = m_filtered->mapToSource(m_list->currentIndex());
    if (const LibraryProblem* problem = m_model->problemAt(current.row())) {
        confirmForget(*problem);
        return;
    }
    const QString key = currentKey();
    if (key.isEmpty())
        return;
    const QString title = m_list->currentIndex().data().toString();
    QMessageBox box(QMessageBox::Question, tr("Remove Guide"),
                    tr("Remove “%1” from the library?").arg(title), QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Your notes, requirement progress, story links and practice "
                              "history for it are kept, and come back when you add the guide "
                              "again. The file itself is not touched."));
    QPushButton* remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        removeGuide(key);
}

void LibraryDialog::removeGuide(const QString& key)
{
    if (!m_library)
        return;
    const auto removed = m_library->remove(key);
    reload();
    if (!removed)
        m_status->setText(tr("The guide could not be removed: %1").arg(removed.error().message));
    else {
        m_status->setText(tr("Removed “%1”; your work on it is kept.").arg(*removed));
        Q_EMIT guideRemoved(key);
    }
}

void LibraryDialog::confirmForget(LibraryProblem problem)
{
    QMessageBox box(QMessageBox::Question, tr("Remove from the List"),
                    tr("Take “%1” off the library's list?").arg(problem.title.simplified()),
                    QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("It could not be read, so the library holds none of it. The file "
                              "itself is not touched; add it again once it is fixed."));
    QPushButton* remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove || !m_library)
        return;
    const LibraryProblem& forgotten = problem;
    const auto removed = m_library->forgetProblem(forgotten);
    reload();
    if (!removed)
        m_status->setText(tr("“%1” could not be taken off the list: %2")
                              .arg(forgotten.title.simplified(), removed.error().message));
    else
        m_status->setText(tr("Took “%1” off the list.").arg(forgotten.title.simplified()));
}

} // namespace ip
