#pragma once

#include "ui/preferences/Preferences.h"

#include <QDialog>

class QSpinBox;

namespace ip {

// Settings › Preferences: text size, speaking rate and practice. Shows the
// given values; the caller applies chosen() once the dialog is accepted.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences& current, QWidget* parent = nullptr);

    Preferences chosen() const;

    QSpinBox* textSizeBox() const { return m_textSize; }
    QSpinBox* wordsPerMinuteBox() const { return m_wordsPerMinute; }
    QSpinBox* retentionBox() const { return m_retention; }
    QSpinBox* newPerDayBox() const { return m_newPerDay; }

private:
    QSpinBox* m_textSize = nullptr;
    QSpinBox* m_wordsPerMinute = nullptr;
    QSpinBox* m_retention = nullptr;
    QSpinBox* m_newPerDay = nullptr;
};

} // namespace ip
