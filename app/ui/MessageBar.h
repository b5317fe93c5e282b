#pragma once

#include <QColor>
#include <QWidget>
#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace ip {

// An inline message at the top of the window, for things the user should
// know: a guide's warnings, a database that cannot be saved to. Details (one
// line each) unfold under the summary; buttons offer what can be done about
// it right there ("Restore from Backup…"). Text is shown as plain text, never
// as HTML, since it often quotes a file or a guide. Long text wraps, paths
// included: the bar never makes the window wider.
class MessageBar : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };
    struct Action {
        QString text; // with a mnemonic: "&Restore"
        std::function<void()> trigger;
    };

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& summary, const QStringList& details = {},
                     const QList<Action>& actions = {});
    // The buttons of the current message, in order.
    QList<QPushButton*> actionButtons() const { return m_buttons; }
    QString summary() const;
    QStringList details() const { return m_detailLines; }
    Kind kind() const { return m_kind; }
    // The bar's background: the tint of its kind mixed into the base.
    static QColor tintedBackground(const QColor& base, const QColor& tint);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyKind();
    // The label's selection (or all of it) as the message reads, without the
    // places to wrap that were added for display.
    static QString copyableText(const QLabel* label);
    void showCopyMenu(QLabel* label, const QPoint& at);

    Kind m_kind = Kind::Information;
    QString m_summaryText; // as given; the label shows it with places to wrap
    QStringList m_detailLines;
    QLabel* m_summary = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_icon = nullptr; // the kind's sign
    QToolButton* m_toggle = nullptr;
    QToolButton* m_close = nullptr;
    QHBoxLayout* m_actions = nullptr;
    QList<QPushButton*> m_buttons;
};

} // namespace ip
