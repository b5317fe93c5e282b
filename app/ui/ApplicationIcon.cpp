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
    const QIcon themed = QIcon::fromTheme(applicationId());
    if (themed.isNull())
        return applicationIconFallback();
    // On X11 a window carries its icon in every size the icon has, decoded
    // when the window is made: the theme's 128 and 256 px would cost the start
    // about a megabyte for pictures a title bar never shows. Menus and task
    // switchers take the large ones from the theme by the desktop file name.
    QIcon windowIcon;
    for (const int side : WindowIconSizes)
        windowIcon.addPixmap(themed.pixmap(side, side));
    return windowIcon;
}

QIcon applicationIconFallback()
{
    // One PNG per size up to 64 px (qt_add_resources in app/CMakeLists.txt):
    // each drawn for its size reads better in a title bar than one scaled
    // down.
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
