#include "ui/ApplicationIcon.h"

#include <QDir>
#include <QFileInfo>

namespace ip {

QString applicationId()
{
    return QStringLiteral("io.github.interviewprep.InterviewPrep");
}

QIcon applicationIcon()
{
    return QIcon::fromTheme(applicationId(), applicationIconFallback());
}

QIcon applicationIconFallback()
{
    // One PNG per size (qt_add_resources in app/CMakeLists.txt): each drawn
    // for its size reads better in a title bar than one scaled down.
    QIcon icon;
    const QDir hicolor(QStringLiteral(":/icons/hicolor"));
    for (const QFileInfo& sizeFolder : hicolor.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString file = sizeFolder.filePath() + QStringLiteral("/apps/") + applicationId() +
                             QStringLiteral(".png");
        if (QFileInfo::exists(file))
            icon.addFile(file);
    }
    return icon;
}

} // namespace ip
