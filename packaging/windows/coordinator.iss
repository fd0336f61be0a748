; Per-user Windows installer of the Delegation Coordinator (Inno Setup 6.3 or newer).
;
; Build the one-folder application first, then compile this script, both from
; the top of the repository:
;
;   python packaging\build.py --out dist
;   iscc /DAppVersion=0.1.0 packaging\windows\coordinator.iss
;
; The installer is written to dist\installer\coordinator-VERSION-setup.exe. It
; needs no administrator: it installs into the user's own programs folder
; (%LOCALAPPDATA%\Programs\Delegation Coordinator), adds a Start-menu entry
; and an uninstaller (Settings > Apps). The user's data (the database, its
; backups, the settings and logs under %LOCALAPPDATA%\Delegation Coordinator
; and the registry) is not the installer's: an uninstall leaves it in place,
; and a new version installed over an old one finds it again.

#ifndef AppVersion
  #error Pass the version being packaged: iscc /DAppVersion=X.Y.Z packaging\windows\coordinator.iss
#endif
; The folder packaging\build.py wrote (relative to this script).
#ifndef SourceDir
  #define SourceDir "..\..\dist\coordinator"
#endif
#define AppName "Delegation Coordinator"
#define AppExe "coordinator.exe"

[Setup]
; The AppId identifies the application across versions: never change it.
AppId={{7A05E961-AF08-460E-B7B6-6775FE2570CE}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Delegation Coordinator developers
; Per user, without elevation: {autoprograms} is then the user's own Start
; menu ({userprograms}). The programs folder is named as Windows makes it,
; %LOCALAPPDATA%\Programs (what {userpf} stands for), because {userpf} fails to
; expand where that known folder is missing, as under Wine, which the test
; suite installs with (tests/test_installer.py).
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\installer
OutputBaseFilename=coordinator-{#AppVersion}-setup
SetupIconFile={#SourceDir}\coordinator.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The application must be closed before its files are replaced or removed.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "turkish"; MessagesFile: "compiler:Languages\Turkish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the runtime whole: no library of the previous version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes what [Files] installed and
; nothing else, so the user's data folder is never touched.
