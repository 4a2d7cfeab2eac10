; Inno Setup script for Windows. Build the PyInstaller folder first:
;   pyinstaller packaging\survivor-vault.spec --noconfirm
; then compile this file with Inno Setup 6 (iscc packaging\windows\survivor-vault.iss).
; Installs per user (no administrator rights needed), so a survivor can install it on their own account.

#define AppVersion "0.1.0"

[Setup]
AppId={{6F0C7C59-8B2E-4B9E-9F3D-5C1B0E2A7D41}
AppName=Survivor Vault
AppVersion={#AppVersion}
AppPublisher=Survivor Vault
DefaultDirName={localappdata}\Programs\svault
DefaultGroupName=Survivor Vault
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=svault-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName=Survivor Vault

[Tasks]
; A shared computer may be safer with a neutral shortcut name.
Name: "neutralname"; Description: "Call the shortcut ""Notes"" (discreet)"; Flags: unchecked

[Files]
Source: "..\..\dist\survivor-vault\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion
; The discreet shortcut's own plain icon (drawn by packaging/make_window_icons.py): without it, it showed the app's.
Source: "notes.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{userprograms}\Survivor Vault"; Filename: "{app}\survivor-vault.exe"; Tasks: not neutralname
Name: "{userprograms}\Notes"; Filename: "{app}\survivor-vault.exe"; IconFilename: "{app}\notes.ico"; Tasks: neutralname

[UninstallDelete]
; Uninstalling removes the app only. The vault (in %LOCALAPPDATA%\svault) stays, on purpose:
; erasing it is done from inside the app, after typing the passphrase.
