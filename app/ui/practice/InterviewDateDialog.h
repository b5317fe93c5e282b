#pragma once

#include <QDate>
#include <QDialog>
#include <optional>

class QDateEdit;

namespace ip {

// Practice › Set Interview Date…: the day of the interview for the open
// guide. Reviews are then planned so that none falls after it, and the
// Practice screen says how ready the candidate is for that day.
class InterviewDateDialog : public QDialog {
    Q_OBJECT
public:
    InterviewDateDialog(const QString& guideTitle, const std::optional<QDate>& current,
                        const QDate& today, QWidget* parent = nullptr);

    // The day chosen, or none when the user removed the date.
    std::optional<QDate> chosen() const { return m_chosen; }
    QDateEdit* dateEdit() const { return m_date; }

private:
    QDateEdit* m_date = nullptr;
    std::optional<QDate> m_chosen;
};

} // namespace ip
