#include "ui/practice/InterviewDateDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ip {

InterviewDateDialog::InterviewDateDialog(const QString& guideTitle,
                                         const std::optional<QDate>& current, const QDate& today,
                                         QWidget* parent)
    : QDialog(parent), m_chosen(current)
{
    setWindowTitle(tr("Interview Date"));
    auto* intro = new QLabel(
        tr("When is your interview for “%1”? Reviews are then planned so that none falls after "
           "it, and Practice shows how much you would recall on the day.")
            .arg(guideTitle),
        this);
    intro->setTextFormat(Qt::PlainText); // the title comes from the guide
    intro->setWordWrap(true);

    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_date->setMinimumDate(today);
    m_date->setDate(current && *current >= today ? *current : today.addDays(14));
    auto* form = new QFormLayout;
    form->addRow(tr("&Interview on:"), m_date);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_chosen = m_date->date();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (current) {
        QPushButton* remove =
            buttons->addButton(tr("&Remove Date"), QDialogButtonBox::DestructiveRole);
        connect(remove, &QPushButton::clicked, this, [this] {
            m_chosen.reset();
            accept();
        });
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
}

} // namespace ip
