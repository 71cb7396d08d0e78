package cn.huiyin.platform.application;

import cn.huiyin.platform.domain.identity.Caller;

import java.util.Optional;

/** The signed-in browser user; implemented by the UI from its OIDC session. */
public interface BrowserCaller {
    Optional<Caller> caller();
}
