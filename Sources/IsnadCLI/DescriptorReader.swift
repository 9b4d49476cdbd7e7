import Foundation
import TextFiles

/// Reads from an open file descriptor, telling a failed read from the end of the input.
enum DescriptorReader {
    /// Up to `maxLength` bytes from `descriptor`; empty at the end of the input. An interrupted
    /// read is retried.
    /// - Throws: `TextFileError.unreadable` naming `path` when the read fails (a folder opened
    ///   or redirected as input fails with "Is a directory").
    static func read(_ descriptor: Int32, maxLength: Int, naming path: String) throws -> [UInt8] {
        var chunk = [UInt8](repeating: 0, count: maxLength)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, maxLength) }
            if count >= 0 {
                if count < maxLength { chunk.removeSubrange(count...) }
                return chunk
            }
            if errno != EINTR { throw TextFileError.unreadable(path: path, reason: String(cString: strerror(errno))) }
        }
    }
}
