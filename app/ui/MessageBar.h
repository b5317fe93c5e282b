#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace ip {

// An inline message at the top of the window, for things the user should
// know but need not answer: a guide's warnings, a database that cannot be
// saved to. Details (one line each) unfold under the summary.
class MessageBar : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& summary, const QStringList& details = {});
    QString summary() const;
    QStringList details() const { return m_detailLines; }
    Kind kind() const { return m_kind; }

private:
    void applyKind();

    Kind m_kind = Kind::Information;
    QStringList m_detailLines;
    QLabel* m_summary = nullptr;
    QLabel* m_details = nullptr;
    QToolButton* m_toggle = nullptr;
    QToolButton* m_close = nullptr;
};

} // namespace ip
