#include "ui/search/SearchDialog.h"

#include "services/SearchService.h"
#include "ui/FilterFieldNavigation.h"
#include "ui/search/SearchHitDelegate.h"
#include "ui/search/SearchResultsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace ip {

namespace {

// The size the dialog takes over the window, and never less than would
// show a handful of hits.
constexpr double WidthOfWindow = 0.6;
constexpr double HeightOfWindow = 0.7;
constexpr int MinimumWidth = 480;
constexpr int MinimumHeight = 360;

} // namespace

SearchDialog::SearchDialog(SearchService* search, const QString& unavailableReason, QWidget* parent)
    : QDialog(parent), m_search(search), m_unavailableReason(unavailableReason),
      m_query(new QLineEdit(this)), m_view(new QTreeView(this)), m_status(new QLabel(this)),
      m_results(new SearchResultsModel(this))
{
    setWindowTitle(tr("Search Everything"));
    m_query->setPlaceholderText(tr("Search questions, your notes and stories, requirements"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Search"));

    m_view->setModel(m_results);
    m_view->setItemDelegate(new SearchHitDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(false);
    m_view->setIndentation(0);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Search results"));
    // The field keeps the keys: Up and Down move through the hits from it.
    m_view->setFocusPolicy(Qt::ClickFocus);
    FilterFieldNavigation::install(m_query, m_view, FilterFieldNavigation::Enter::LeftToField);

    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_query, &QLineEdit::textChanged, this, &SearchDialog::runSearch);
    connect(m_query, &QLineEdit::returnPressed, this, [this] { choose(m_view->currentIndex()); });
    connect(m_view, &QTreeView::activated, this, &SearchDialog::choose);
    runSearch();
}

void SearchDialog::present()
{
    if (const QWidget* window = parentWidget() ? parentWidget()->window() : nullptr) {
        resize(std::max(MinimumWidth, int(window->width() * WidthOfWindow)),
               std::max(MinimumHeight, int(window->height() * HeightOfWindow)));
        move(window->geometry().center().x() - width() / 2,
             window->geometry().top() + window->height() / 8);
    }
    // What the index holds may have changed since (a note typed, a guide
    // opened): the last search is run again.
    runSearch();
    show();
    raise();
    activateWindow();
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

QString SearchDialog::countText() const
{
    const int count = m_results->hitCount();
    return tr("%n hit(s)", nullptr, count);
}

QString SearchDialog::statusText() const
{
    return m_status->text();
}

void SearchDialog::runSearch()
{
    const QString text = m_query->text();
    if (!m_search) {
        m_results->clear();
        m_status->setText(
            tr("Search needs your data, which is not available: %1").arg(m_unavailableReason));
        return;
    }
    if (text.trimmed().isEmpty()) {
        m_results->clear();
        m_status->setText(tr("Words find what starts with them; \"quotes\" find a phrase; "
                             "-word leaves out what contains it."));
        return;
    }
    const auto hits = m_search->search(text);
    if (!hits) {
        // The hits of the last search that worked would not match the
        // field: none are shown.
        m_results->clear();
        m_status->setText(tr("Search failed: %1").arg(hits.error().message));
        return;
    }
    m_results->setHits(*hits);
    m_view->expandAll();
    m_view->setCurrentIndex(m_results->firstHit());
    m_view->scrollToTop();
    if (hits->isEmpty())
        m_status->setText(tr("Nothing matches “%1”.").arg(text.trimmed()));
    else
        m_status->setText(
            hits->size() >= SearchService::DefaultLimit
                ? tr("The best %n hits; more words find fewer.", nullptr, int(hits->size()))
                : countText());
}

void SearchDialog::choose(const QModelIndex& index)
{
    const SearchHit* hit = m_results->hitAt(index);
    if (!hit)
        return;
    // Copied: closing may change the model.
    const SearchHit chosen = *hit;
    accept();
    Q_EMIT hitChosen(chosen);
}

} // namespace ip
