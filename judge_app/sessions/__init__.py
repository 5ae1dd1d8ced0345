"""The two open files a window holds: a judge's package (PackageSession, the judge's one object)
and the secretariat's master (MasterSession), with what a master's results count. Both are
context managers; they read and write through store/ only (ARCHITECTURE §2)."""
