; Inno Setup script of DPO Workbench for Windows (x64): installs the PyInstaller one-folder build.
;
; Build on Windows (packaging/README.md), from the repository root:
;     py -3.11 -m venv .venv && .venv\Scripts\pip install -e ".[package]"
;     .venv\Scripts\python -m build --wheel --no-isolation --outdir build\package\wheel .
;     .venv\Scripts\pip install --no-deps --target build\package\site build\package\wheel\dpo_workbench-*.whl
;     .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\package\work packaging\dpo-workbench.spec
;     iscc /DAppVersion=0.1.0 packaging\windows\dpo-workbench.iss
; Output: dist\dpo-workbench-0.1.0-windows-x64-setup.exe
;
; Per-user by default (no administrator rights; %LOCALAPPDATA%\Programs); an administrator may choose
; "for all users" (Program Files). The data folder (%LOCALAPPDATA%\dpo-workbench) is never removed by
; the uninstaller: it holds the encrypted case files.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "DPO Workbench"
#define AppId "fr.dpo_workbench.DPOWorkbench"

[Setup]
; the AppId identifies the installation for upgrades and uninstallation: never change it
AppId={{6B7E2F4A-3C1D-4E8B-9A5F-2D7C1E0B4A93}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The DPO Workbench authors
DefaultDirName={autopf}\DPO Workbench
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=dpo-workbench-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\package\dpo-workbench.ico
UninstallDisplayIcon={app}\DPO Workbench.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; the application may be running: close it before replacing its files
CloseApplications=yes

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole one-folder build: DPO Workbench.exe (the window), dpo-workbench.exe (the command line), _internal\
Source: "..\..\dist\dpo-workbench\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion

[InstallDelete]
; an upgrade replaces the bundled libraries whole: nothing of the previous version is left to load
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\DPO Workbench.exe"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\DPO Workbench.exe"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Run]
Filename: "{app}\DPO Workbench.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
