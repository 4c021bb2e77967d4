package vn.cchc.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class CchcUserDetailsService implements UserDetailsService {

    private final Users users;

    CchcUserDetailsService(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.principal(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
