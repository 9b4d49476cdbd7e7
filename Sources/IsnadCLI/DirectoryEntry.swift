import Foundation

/// Reading the entries `readdir` returns.
enum DirectoryEntry {
    /// The name of `entry`, read where it lies up to its NUL: the record of the last entry in
    /// `readdir`'s buffer can be shorter than `d_name`'s declared 256 bytes, so copying the whole
    /// field would read past the end of the buffer.
    static func name(_ entry: UnsafeMutablePointer<dirent>) -> String {
        withUnsafePointer(to: &entry.pointee.d_name) { field in
            field.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                String(cString: $0)
            }
        }
    }
}
