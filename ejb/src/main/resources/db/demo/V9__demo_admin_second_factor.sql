-- The demo admin's second factor, so that its login works at once and the tests can make its codes: the secret is
-- printed in the README (add it to any authenticator app, or `oathtool --totp -b <secret>`). Demo only: a real
-- admin enrols with a secret of their own at the first login.
update staff_user set totp_secret = 'DEMOADMINTOTPSECRETKEYZZABCDEFGH', totp_enabled_at = now() where username = 'admin.demo';
