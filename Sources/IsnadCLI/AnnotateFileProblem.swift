import Foundation
import TextFiles

/// Plain words for a file-system failure of an annotate run, so that no raw Foundation error
/// (`Error Domain=NSCocoaErrorDomain Code=516 …`) reaches the user.
enum AnnotateFileProblem {
    /// Why `error` happened, such as `it is a file` or `permission denied`; Isnad's own errors
    /// keep their description.
    static func reason(_ error: Error) -> String {
        switch error {
        case let error as TextFileError: return error.description
        case let error as AnnotateManifestError: return error.description
        default: break
        }
        let error = error as NSError
        if let posix = posixCode(of: error) { return describe(posix) }
        guard error.domain == NSCocoaErrorDomain else { return error.localizedDescription }
        switch CocoaError.Code(rawValue: error.code) {
        case .fileWriteFileExists: return "it is a file"
        case .fileWriteNoPermission, .fileReadNoPermission: return "permission denied"
        case .fileWriteOutOfSpace: return "no space left on the device"
        case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file or folder"
        case .fileWriteVolumeReadOnly: return "read-only file system"
        default: return error.localizedDescription
        }
    }

    /// `strerror` for `code`, starting lower case (`Permission denied` → `permission denied`).
    static func describe(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    private static func posixCode(of error: NSError) -> Int32? {
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        guard let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError else { return nil }
        return posixCode(of: underlying)
    }
}
