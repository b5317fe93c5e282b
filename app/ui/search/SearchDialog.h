#pragma once

#include "model/SearchDocument.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTreeView;

namespace ip {

class SearchResultsModel;
class SearchService;

// Search everything (Ctrl+K): one field, hits as the candidate types,
// grouped by kind with the matched words in bold. Up and Down move through
// the hits while the typing stays in the field; Enter (or a double click)
// chooses one. The window makes one for each use and gives it the last
// search, selected to be typed over.
class SearchDialog : public QDialog {
    Q_OBJECT
public:
    // search may be null (no database): the dialog then says why it cannot
    // search.
    SearchDialog(SearchService* search, const QString& unavailableReason,
                 QWidget* parent = nullptr);

    // Shows the dialog with the field focused and its text selected.
    void present();

    QLineEdit* queryField() const { return m_query; }
    QTreeView* resultView() const { return m_view; }
    SearchResultsModel* results() const { return m_results; }
    // What the line under the hits says: their count, nothing found, or why
    // the search failed.
    QString statusText() const;

Q_SIGNALS:
    // The candidate chose this hit; the dialog has closed.
    void hitChosen(const ip::SearchHit& hit);

private:
    void runSearch();
    void choose(const QModelIndex& index);
    QString countText() const;

    SearchService* m_search;
    QString m_unavailableReason;
    QLineEdit* m_query;
    QTreeView* m_view;
    QLabel* m_status;
    SearchResultsModel* m_results;
};

} // namespace ip
